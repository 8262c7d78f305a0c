package id.kriya.payment;

import org.springframework.data.jpa.repository.JpaRepository;

interface PayoutSettingsRepository extends JpaRepository<PayoutSettings, Long> {
}
