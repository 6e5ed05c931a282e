package org.lexdraft.text;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of texts that are edits of one another, as versions of a draft are: a text is a list
 * of {@link MultilingualText} fragments, and an edit deletes and inserts a few fragments here and
 * there.
 */
final class EditedText {

    /** Deletes {@code deleted} fragments at a position (taken modulo the size) and inserts others there. */
    record FragmentEdit(int position, int deleted, List<String> inserted) {
    }

    /** A base text with two independent edits of it. */
    record Triple(String base, String client, String head) {
    }

    private EditedText() {
    }

    static Arbitrary<List<String>> fragmentLists() {
        return MultilingualText.fragments().list().ofMaxSize(30);
    }

    static Arbitrary<List<FragmentEdit>> edits() {
        Arbitrary<FragmentEdit> edit = Combinators.combine(
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(0, 3),
                        MultilingualText.fragments().list().ofMaxSize(3))
                .as(FragmentEdit::new);
        return edit.list().ofMaxSize(4);
    }

    static List<String> apply(List<String> fragments, List<FragmentEdit> edits) {
        List<String> edited = new ArrayList<>(fragments);
        for (FragmentEdit edit : edits) {
            int position = edit.position() % (edited.size() + 1);
            int deleted = Math.min(edit.deleted(), edited.size() - position);
            edited.subList(position, position + deleted).clear();
            edited.addAll(position, edit.inserted());
        }
        return edited;
    }

    static Arbitrary<Triple> triples() {
        return Combinators.combine(fragmentLists(), edits(), edits())
                .as((base, clientEdits, headEdits) -> new Triple(
                        join(base), join(apply(base, clientEdits)), join(apply(base, headEdits))));
    }

    /** A first version and a chain of up to six successive edits of it. */
    static Arbitrary<List<String>> versionChains() {
        return Combinators.combine(fragmentLists(), edits().list().ofMaxSize(6)).as((first, chain) -> {
            List<String> versions = new ArrayList<>();
            List<String> current = first;
            versions.add(join(current));
            for (List<FragmentEdit> edit : chain) {
                current = apply(current, edit);
                versions.add(join(current));
            }
            return versions;
        });
    }

    static String join(List<String> fragments) {
        return String.join("", fragments);
    }
}
