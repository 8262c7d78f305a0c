package id.kriya.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccounts extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.email) = lower(:email)")
    Optional<UserAccount> findByEmail(String email);

    /**
     * The account, its row locked until the transaction ends: concurrent wrong passwords are counted one after the
     * other instead of failing on the version check (and going uncounted).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where lower(u.email) = lower(:email)")
    Optional<UserAccount> lockByEmail(String email);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.id = :id")
    Optional<UserAccount> lockById(long id);

    @Query("select count(u) > 0 from UserAccount u where lower(u.email) = lower(:email)")
    boolean existsByEmail(String email);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role and u.deletedAt is null")
    boolean existsWithRole(Role role);

    @Query("select count(u) from UserAccount u join u.roles r where r = :role and u.deletedAt is null")
    long countWithRole(Role role);

    /** Live accounts with these ids and their roles, in one query. */
    @Query("select distinct u from UserAccount u left join fetch u.roles where u.id in :ids and u.deletedAt is null")
    List<UserAccount> findLiveWithRoles(Collection<Long> ids);

    /** Locks the rows of every live admin, always in the same order (so two callers cannot deadlock). */
    @Query(value = "select u.id from account_user u join account_user_role r on r.user_id = u.id"
            + " where r.role = 'ADMIN' and u.deleted_at is null order by u.id for update of u", nativeQuery = true)
    List<Long> lockAdmins();

    /** Live accounts whose e-mail or name contains the text (lower-cased by the caller), newest first. */
    @Query(value = "select u from UserAccount u where u.deletedAt is null and (:text = ''"
            + " or lower(u.email) like concat('%', :text, '%') or lower(u.displayName) like concat('%', :text, '%'))"
            + " order by u.createdAt desc, u.id desc",
            countQuery = "select count(u) from UserAccount u where u.deletedAt is null and (:text = ''"
            + " or lower(u.email) like concat('%', :text, '%') or lower(u.displayName) like concat('%', :text, '%'))")
    Page<UserAccount> search(String text, Pageable pageable);
}
