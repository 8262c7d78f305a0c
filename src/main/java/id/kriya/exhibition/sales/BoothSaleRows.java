package id.kriya.exhibition.sales;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BoothSaleRows extends JpaRepository<BoothSale, Long> {


    List<BoothSale> findByStageIdAndBusinessIdOrderByIdDesc(long stageId, long businessId);

    Optional<BoothSale> findByReceiptNumber(String receiptNumber);

    Optional<BoothSale> findByRequestToken(UUID requestToken);

    /** The sale with its row locked, so that "paid" and "cancel" tapped on two phones happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from BoothSale s where s.stageId = :stageId and s.businessId = :businessId and s.receiptNumber = :receipt")
    Optional<BoothSale> lockedByReceipt(long stageId, long businessId, String receipt);

    /** QRIS sales still waiting for payment that were recorded before the given moment, locked, skipping any in use. */
    @Query(value = """
            SELECT id FROM exhibition_booth_sale WHERE status = 'AWAITING_PAYMENT' AND recorded_at < :before
            ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<Long> lockUnpaidBefore(Instant before, int batch);
}
