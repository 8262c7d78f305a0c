package id.kriya.artisan;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Another person's request caught mid-flight: its work runs in a transaction on another thread, which stays open
 * (holding its rows and unique index entries) for a moment after the work, then commits. For races.
 */
public final class OpenTransaction {

    private final CompletableFuture<Void> commit;

    private OpenTransaction(CompletableFuture<Void> commit) {
        this.commit = commit;
    }

    /** Returns once {@code work} has run and its changes are written but not yet committed. */
    public static OpenTransaction running(TransactionTemplate transactions, Runnable work) throws InterruptedException {
        CountDownLatch written = new CountDownLatch(1);
        CompletableFuture<Void> commit = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            work.run();
            tx.flush();
            written.countDown();
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        if (!written.await(10, TimeUnit.SECONDS)) {
            commit.join();
        }
        return new OpenTransaction(commit);
    }

    /** Waits for the commit; fails with whatever the other request failed with. */
    public void committed() throws Exception {
        commit.get(10, TimeUnit.SECONDS);
    }
}
