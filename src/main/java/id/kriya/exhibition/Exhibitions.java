package id.kriya.exhibition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Exhibitions extends JpaRepository<Exhibition, Long> {

    Optional<Exhibition> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Exhibition> findByOrganiserCodeInOrderByTitle(Collection<String> organiserCodes);

    @Query("select distinct e from Exhibition e left join fetch e.stages")
    List<Exhibition> findAllWithStages();
}
