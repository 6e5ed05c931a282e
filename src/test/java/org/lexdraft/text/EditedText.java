package org.lexdraft.text;

import java.util.ArrayList;
import java.util.List;

import org.lexdraft.support.property.Gen;

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

    static Gen<List<String>> fragmentLists() {
        return MultilingualText.fragments().list(30);
    }

    static Gen<List<FragmentEdit>> edits() {
        Gen<FragmentEdit> edit = Gen.combine(
                Gen.integers(0, 1000),
                Gen.integers(0, 3),
                MultilingualText.fragments().list(3),
                FragmentEdit::new);
        return edit.list(4);
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

    static Gen<Triple> triples() {
        return Gen.combine(fragmentLists(), edits(), edits(),
                (base, clientEdits, headEdits) -> new Triple(
                        join(base), join(apply(base, clientEdits)), join(apply(base, headEdits))));
    }

    /** A first version and a chain of up to six successive edits of it. */
    static Gen<List<String>> versionChains() {
        return Gen.combine(fragmentLists(), edits().list(6), (first, chain) -> {
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
