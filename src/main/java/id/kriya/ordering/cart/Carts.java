package id.kriya.ordering.cart;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Carts extends JpaRepository<Cart, Long> {

    Optional<Cart> findByToken(String token);

    Optional<Cart> findByUserId(long userId);
}
