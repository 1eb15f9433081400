// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store, in a DuckDB file; what it recorded is there after it is opened again. */
class DuckDbHistoryStoreTest extends HistoryStoreContract {

    @TempDir
    Path dir;

    private DuckDbHistoryStore store;

    @BeforeEach
    void open() throws Exception {
        store = DuckDbHistoryStore.open(dir.resolve("history.duckdb"));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Override
    HistoryStore store() {
        return store;
    }

    @Test
    void valuesSurviveTheStoreBeingClosedAndOpenedAgain() throws Exception {
        store.append(List.of(sample("t", 0, 20.0)));
        store.close();
        store = DuckDbHistoryStore.open(dir.resolve("history.duckdb"));
        assertThat(store.count()).isEqualTo(1);
    }
}
