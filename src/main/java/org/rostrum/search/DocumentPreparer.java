package org.rostrum.search;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Prepares debates for the index ({@link PreparedDocuments}) from any number of threads, as
 * {@link SearchIndexWriter#prepare} does but with what each thread learnt kept for its next debate:
 * every distinct word of a build is folded and stemmed once per thread instead of once per debate.
 * Holds one workspace per thread working at a time (some 10 MB each at most). Thread-safe.
 */
public final class DocumentPreparer {

    private final Stemmer stemmer;
    private final ConcurrentLinkedQueue<PreparedDocuments.Workspace> idle = new ConcurrentLinkedQueue<>();

    /** A preparer whose words are stemmed by {@code stemmer}. */
    public DocumentPreparer(Stemmer stemmer) {
        this.stemmer = stemmer;
    }

    /** The same as {@link SearchIndexWriter#prepare}{@code (stemmer, debate, documents)}. */
    public PreparedDocuments prepare(Optional<SearchDebate> debate, List<SearchDocument> documents) {
        PreparedDocuments.Workspace work = idle.poll();
        if (work == null) {
            work = new PreparedDocuments.Workspace(stemmer);
        }
        try {
            return PreparedDocuments.of(work, debate, documents);
        } finally {
            idle.offer(work);
        }
    }
}
