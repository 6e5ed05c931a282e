package org.lexdraft.export;

/** What a {@link Renderer} turns into a document: a version, a diff or a term's compilation. */
public sealed interface Exportable permits VersionDocument, DiffDocument, Compilation {

    /** The filename without extension; {@link Filenames} makes it safe. */
    String baseName();
}
