package id.kriya.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface CurrencyRateRepository extends JpaRepository<CurrencyRate, Currency> {
}
