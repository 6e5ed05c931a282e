// Seeds a small negotiation through the public API, as the chair and the delegations' drafters
// would: delegations RUS, NOR and EGY, a term with competing drafts (one in Arabic), a bracketed
// passage, a comment, positions, and a draft in preparation that only RUS may see.

/**
 * @param {string} base the service's address, e.g. http://127.0.0.1:8123
 * @param {string} adminPassword
 */
export async function seed(base, adminPassword) {
  const run = Date.now().toString(36);
  const password = (name) => `${name}-pass-${run}`;
  const as = (username, pass) => async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: {
        Authorization: 'Basic ' + Buffer.from(`${username}:${pass}`).toString('base64'),
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} as ${username}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  const chair = as('admin', adminPassword);

  for (const [code, name] of [['RUS', 'Russian Federation'], ['NOR', 'Norway'], ['EGY', 'Egypt']]) {
    await chair('POST', '/api/delegations', { code, name, kind: 'state' });
  }
  const members = {
    ivanov: { delegation: 'RUS', displayName: 'A. Ivanov' },
    hansen: { delegation: 'NOR', displayName: 'K. Hansen' },
    berg: { delegation: 'NOR', displayName: 'L. Berg' },
    farid: { delegation: 'EGY', displayName: 'S. Farid' },
  };
  for (const [username, m] of Object.entries(members)) {
    await chair('POST', '/api/members', { username, password: password(username), role: 'drafter', ...m });
  }
  const ivanov = as('ivanov', password('ivanov'));
  const hansen = as('hansen', password('hansen'));
  const farid = as('farid', password('farid'));

  const slug = 'cluster-munition';
  await chair('POST', '/api/terms', { slug, label: 'cluster munition', context: 'CCW GGE, 2007' });
  await chair('POST', '/api/terms', { slug: 'explosive-submunition', label: 'explosive submunition', context: 'CCW GGE, 2007' });

  const russian = await ivanov('POST', `/api/terms/${slug}/drafts`, {
    title: 'Russian proposal', visibility: 'tabled', message: 'first draft',
    text: 'Cluster munition means a munition containing twenty or more submunitions.',
  });
  await ivanov('POST', `/api/drafts/${russian.id}/versions`, {
    baseVersion: 1, message: 'narrower',
    text: 'Cluster munition means a conventional munition containing ten or more explosive submunitions.',
  });
  const norwegian = await hansen('POST', `/api/terms/${slug}/drafts`, {
    title: 'Norwegian proposal', visibility: 'tabled', basedOn: `${russian.id}:2`, message: 'weight limit',
    text: 'Cluster munition means a conventional munition designed to disperse or release explosive '
      + 'submunitions [each weighing less than 20 kilograms].',
  });
  const arabic = await farid('POST', `/api/terms/${slug}/drafts`, {
    title: 'مقترح مصر', visibility: 'tabled', message: 'المسودة الأولى', language: 'ar',
    text: 'الذخيرة العنقودية تعني ذخيرة تقليدية مصممة لنثر أو إطلاق ذخائر صغيرة متفجرة [يقل وزن كل منها عن 20 كيلوغراما].',
  });
  // a French rendering of the Russian draft's version 1, outdated since version 2
  const french = await ivanov('POST', `/api/drafts/${russian.id}/translations`, {
    language: 'fr', sourceVersion: 1, message: 'traduction',
    text: 'Une arme à sous-munitions désigne une munition contenant vingt sous-munitions ou plus.',
  });
  const hidden = await ivanov('POST', `/api/terms/${slug}/drafts`, {
    title: 'Russian fallback kept in the delegation', message: 'internal',
    text: 'Cluster munition means any munition the delegation of RUS keeps to itself.',
  });
  await ivanov('POST', `/api/drafts/${norwegian.id}/comments`, {
    version: 1, body: 'The weight limit is not acceptable.', anchor: { quote: 'each weighing less than 20 kilograms' },
  });
  await ivanov('PUT', `/api/drafts/${norwegian.id}/positions/RUS`, { stance: 'oppose', version: 1, statement: 'See our comment.' });
  await hansen('PUT', `/api/drafts/${norwegian.id}/positions/NOR`, { stance: 'support', version: 1 });
  await farid('PUT', `/api/drafts/${russian.id}/positions/EGY`, { stance: 'accept', version: 2 });

  return {
    slug,
    drafts: { russian: russian.id, norwegian: norwegian.id, arabic: arabic.id, french: french.id, hidden: hidden.id },
    hiddenTitle: 'Russian fallback kept in the delegation',
    users: Object.fromEntries(Object.keys(members).map((u) => [u, { username: u, password: password(u) }])),
    api: { as },
  };
}
