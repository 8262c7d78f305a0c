package id.kriya.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import id.kriya.shipping.Parcel.Piece;
import org.junit.jupiter.api.Test;

class ParcelTests {

    static Parcel weighing(long grams) {
        return new Parcel(grams, 1);
    }

    @Test
    void anythingLighterThanAKilogramIsChargedAsOne() {
        assertThat(weighing(1).chargeableKilograms()).isEqualTo(1);
        assertThat(weighing(999).chargeableKilograms()).isEqualTo(1);
    }

    @Test
    void aFractionUpToThreeTenthsRoundsDownAndAboveRoundsUp() {
        assertThat(weighing(1_300).chargeableKilograms()).isEqualTo(1);
        assertThat(weighing(1_301).chargeableKilograms()).isEqualTo(2);
        assertThat(weighing(2_000).chargeableKilograms()).isEqualTo(2);
        assertThat(weighing(2_350).chargeableKilograms()).isEqualTo(3);
    }

    @Test
    void aLightButBulkyPieceIsChargedByItsVolume() {
        // A rolled mat, 100 × 40 × 30 cm, weighing 2 kg: 120,000 cm³ / 6000 = 20 kg.
        Parcel mat = Parcel.of(List.of(new Piece(2_000, 100, 40, 30, 1)));

        assertThat(mat.volumetricGrams()).isEqualTo(20_000);
        assertThat(mat.chargeableKilograms()).isEqualTo(20);
    }

    @Test
    void aHeavySmallPieceIsChargedByItsWeight() {
        // A silver bowl, 15 × 15 × 8 cm, 1.8 kg: 0.3 kg by volume.
        Parcel bowl = Parcel.of(List.of(new Piece(1_800, 15, 15, 8, 1)));

        assertThat(bowl.chargeableKilograms()).isEqualTo(2);
    }

    @Test
    void piecesAddUpByWeightAndByVolume() {
        Parcel two = Parcel.of(List.of(new Piece(600, 30, 20, 5, 2), new Piece(250, 10, 10, 10, 1)));

        assertThat(two.weightGrams()).isEqualTo(1_450);
        assertThat(two.volumeCubicCm()).isEqualTo(7_000);
        assertThat(two.chargeableKilograms()).isEqualTo(2);
    }

    @Test
    void anEmptyParcelIsNoParcel() {
        assertThatThrownBy(() -> Parcel.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
