package id.kriya.catalog.currency;

import org.springframework.data.jpa.repository.JpaRepository;

interface CurrencyRateRepository extends JpaRepository<CurrencyRate, Currency> {
}
