package id.kriya.curation.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

/** A curator's scores, one per criterion in the rubric's order, and a comment for the council. */
public class ScoreForm {

    private List<Integer> scores = new ArrayList<>();

    @Size(max = 2000)
    private String comment;

    public List<Integer> getScores() {
        return scores;
    }

    public void setScores(List<Integer> scores) {
        this.scores = scores;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
