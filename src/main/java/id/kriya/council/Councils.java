package id.kriya.council;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Councils extends JpaRepository<Council, Long> {

    Optional<Council> findByCode(String code);

    boolean existsByCode(String code);

    List<Council> findByParentIdIsNullOrderByCode();

    List<Council> findByParentIdOrderByCode(Long parentId);

    List<Council> findByParentIdIsNotNullOrderByCode();
}
