package org.lexdraft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.lexdraft.text.DiffOp.Kind;

class OpsBuilderTest {

    @Test
    void piecesOfOneKindMergeAndADeletionComesBeforeItsInsertion() {
        List<DiffOp> ops = new OpsBuilder().equal("a").equal("b").insert("x").delete("c").insert("y").delete("d")
                .equal("e").build();

        assertEquals(List.of(new DiffOp(Kind.EQUAL, "ab"), new DiffOp(Kind.DELETE, "cd"),
                new DiffOp(Kind.INSERT, "xy"), new DiffOp(Kind.EQUAL, "e")), ops);
    }

    @Test
    void emptyPiecesAreNoOpsAndSplitNothing() {
        List<DiffOp> ops = new OpsBuilder().equal("").delete("old").equal("").delete(" words").insert("")
                .insert("new").equal("").insert(" text").delete("").equal("same").insert("").equal(" end").build();

        assertEquals(List.of(new DiffOp(Kind.DELETE, "old words"), new DiffOp(Kind.INSERT, "new text"),
                new DiffOp(Kind.EQUAL, "same end")), ops);
    }

    @Test
    void anEmptyDeletionBetweenEqualPiecesSplitsNothing() {
        assertEquals(List.of(new DiffOp(Kind.EQUAL, "same words")),
                new OpsBuilder().equal("same").delete("").equal(" words").build());
        assertEquals(List.of(new DiffOp(Kind.EQUAL, "same words")),
                new OpsBuilder().equal("same").insert("").equal(" words").build());
    }

    @Test
    void nothingBuildsNoOps() {
        assertEquals(List.of(), new OpsBuilder().build());
        assertEquals(List.of(), new OpsBuilder().equal("").delete("").insert("").build());
    }
}
