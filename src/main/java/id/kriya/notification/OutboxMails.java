package id.kriya.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxMails extends JpaRepository<OutboxMail, Long> {

    @Query("select m from OutboxMail m order by m.createdAt desc, m.id desc")
    Page<OutboxMail> newestFirst(Pageable pageable);

    List<OutboxMail> findByUserId(long userId);

    List<OutboxMail> findByUserIdOrderByCreatedAtDesc(long userId);

    /**
     * Mails due to be sent, locked so that when several instances run each mail is taken by one of them only; the
     * others skip the locked rows instead of waiting.
     */
    @Query(value = "select * from mail_outbox where status = 'PENDING' and next_attempt_at <= :now"
            + " order by next_attempt_at, id limit :limit for update skip locked", nativeQuery = true)
    List<OutboxMail> lockDue(Instant now, int limit);
}
