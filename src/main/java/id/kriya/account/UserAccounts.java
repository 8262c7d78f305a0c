package id.kriya.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccounts extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.email) = lower(:email)")
    Optional<UserAccount> findByEmail(String email);

    @Query("select count(u) > 0 from UserAccount u where lower(u.email) = lower(:email)")
    boolean existsByEmail(String email);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role and u.deletedAt is null")
    boolean existsWithRole(Role role);
}
