package id.kriya.shipping;

import org.springframework.data.jpa.repository.JpaRepository;

interface BusinessOptions extends JpaRepository<BusinessOption, Long> {
}
