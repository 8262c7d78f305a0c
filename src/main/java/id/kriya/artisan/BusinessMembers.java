package id.kriya.artisan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BusinessMembers extends JpaRepository<BusinessMember, Long> {

    Optional<BusinessMember> findByUserIdAndAcceptedTrue(Long userId);

    List<BusinessMember> findByUserId(Long userId);

    boolean existsByUserIdAndAcceptedTrue(Long userId);

    boolean existsByBusinessIdAndUserId(Long businessId, Long userId);

    List<BusinessMember> findByBusinessIdAndRoleOrderByCreatedAt(Long businessId, MemberRole role);

    Optional<BusinessMember> findByIdAndUserIdAndAcceptedFalse(Long id, Long userId);

    @Query("select new id.kriya.artisan.Invitation(m.id, b.name) from BusinessMember m, Business b "
            + "where b.id = m.businessId and m.userId = :userId and m.accepted = false order by m.createdAt")
    List<Invitation> invitationsFor(Long userId);
}
