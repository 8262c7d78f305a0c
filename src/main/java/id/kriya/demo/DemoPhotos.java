package id.kriya.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Product photos drawn in code for the demo, so it looks alive without a single downloaded picture: ikat and endek
 * cloth (repeating diamonds with the blurred edges of tied-and-dyed threads), songket (gold motifs on a dark
 * ground), silver (a bangle with highlights on a plain backdrop), carved wood, paintings, and a plain object for the
 * rest. Each variant turns the piece a little, as a second photo from another angle would.
 */
final class DemoPhotos {

    static final int WIDTH = 1200;
    static final int HEIGHT = 900;

    private DemoPhotos() {
    }

    /** A JPEG of a product of this category (the crafts list's name); {@code variant} 0, 1, 2 gives other views. */
    static byte[] jpeg(String category, int variant, long seed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random random = new Random(seed * 31 + variant);
        switch (category) {
            case "TENUN_ENDEK", "GRINGSING", "FASHION" -> ikat(g, random, variant, category.equals("GRINGSING"));
            case "SONGKET" -> songket(g, random, variant);
            case "PERAK_PERHIASAN" -> silver(g, variant);
            case "UKIRAN_KAYU", "PATUNG_BATU" -> carving(g, random, variant, category.equals("PATUNG_BATU"));
            case "LUKISAN" -> painting(g, random, variant);
            default -> object(g, random, variant);
        }
        g.dispose();
        threads(image, random);
        return encode(image);
    }

    /** Rows of diamonds whose edges bleed, as dye does into tied threads; a fold shows the cloth's other side. */
    private static void ikat(Graphics2D g, Random random, int variant, boolean gringsing) {
        Color ground = gringsing ? new Color(92, 38, 28) : new Color(128 + random.nextInt(60), 30, 45 + random.nextInt(40));
        Color motif = gringsing ? new Color(214, 190, 150) : new Color(230, 200, 120);
        Color inner = gringsing ? new Color(40, 30, 30) : new Color(30, 70 + random.nextInt(60), 120);
        g.setColor(ground);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int size = 110 + variant * 30;
        for (int row = -1; row * size / 2 < HEIGHT + size; row++) {
            for (int col = -1; col * size < WIDTH + size; col++) {
                int cx = col * size + (row % 2 == 0 ? 0 : size / 2);
                int cy = row * size / 2;
                softDiamond(g, cx, cy, size * 2 / 5, motif);
                softDiamond(g, cx, cy, size / 5, inner);
            }
        }
        g.setPaint(new GradientPaint(0, HEIGHT * 0.7f, new Color(0, 0, 0, 0), 0, HEIGHT, new Color(0, 0, 0, 90)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
    }

    private static void softDiamond(Graphics2D g, int cx, int cy, int radius, Color color) {
        for (int step = 4; step >= 0; step--) {
            int r = radius + step * 3 - 6;
            g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), step == 0 ? 255 : 50));
            g.fillPolygon(new Polygon(new int[] {cx, cx + r, cx, cx - r}, new int[] {cy - r, cy, cy + r, cy}, 4));
        }
    }

    /** Gold stars and lozenges woven into a dark ground, with a border band. */
    private static void songket(Graphics2D g, Random random, int variant) {
        g.setColor(new Color(60 + random.nextInt(30), 10, 25));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Color gold = new Color(212, 170, 70);
        g.setStroke(new BasicStroke(5f));
        int size = 90 + variant * 20;
        for (int y = size; y < HEIGHT - size; y += size) {
            for (int x = size / 2; x < WIDTH; x += size) {
                g.setColor(gold);
                g.drawPolygon(new Polygon(new int[] {x, x + size / 3, x, x - size / 3},
                        new int[] {y - size / 3, y, y + size / 3, y}, 4));
                g.fillOval(x - 8, y - 8, 16, 16);
                g.drawLine(x - size / 2, y - size / 2, x - size / 3, y - size / 3);
            }
        }
        g.setColor(gold);
        g.fillRect(0, HEIGHT - 120, WIDTH, 14);
        g.fillRect(0, HEIGHT - 80, WIDTH, 6);
        for (int x = 0; x < WIDTH; x += 40) {
            g.fillPolygon(new Polygon(new int[] {x, x + 20, x + 40}, new int[] {HEIGHT - 60, HEIGHT - 20, HEIGHT - 60}, 3));
        }
    }

    /** A grey bangle on a light backdrop, lit from the top left, with its shadow. */
    private static void silver(Graphics2D g, int variant) {
        g.setPaint(new GradientPaint(0, 0, new Color(238, 234, 226), 0, HEIGHT, new Color(200, 194, 184)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int cx = WIDTH / 2 + (variant - 1) * 120;
        int cy = HEIGHT / 2;
        int outer = 300 - variant * 40;
        g.setColor(new Color(0, 0, 0, 40));
        g.fill(new Ellipse2D.Double(cx - outer + 30, cy - outer / 3.0 + outer * 0.9, outer * 2, outer * 0.6));
        g.setPaint(new RadialGradientPaint(new Point2D.Double(cx - outer / 3.0, cy - outer / 3.0), outer * 1.4f,
                new float[] {0f, 0.4f, 1f}, new Color[] {new Color(250, 250, 252), new Color(170, 172, 178), new Color(90, 92, 98)}));
        g.fill(new Ellipse2D.Double(cx - outer, cy - outer * 0.8, outer * 2, outer * 1.6));
        int hole = (int) (outer * 0.72);
        g.setPaint(new GradientPaint(0, cy - hole, new Color(215, 210, 200), 0, cy + hole, new Color(232, 228, 220)));
        g.fill(new Ellipse2D.Double(cx - hole, cy - hole * 0.75, hole * 2, hole * 1.5));
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawArc(cx - outer + 25, (int) (cy - outer * 0.8) + 20, outer * 2 - 50, (int) (outer * 1.6) - 40, 100, 60);
        g.setColor(new Color(120, 120, 126));
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i < 24; i++) {
            double angle = Math.PI * 2 * i / 24;
            int x = (int) (cx + Math.cos(angle) * outer * 0.86);
            int y = (int) (cy + Math.sin(angle) * outer * 0.69);
            g.drawOval(x - 6, y - 6, 12, 12);
        }
    }

    /** Wood (or stone) with carved leaves: grain, then relief lit from one side. */
    private static void carving(Graphics2D g, Random random, int variant, boolean stone) {
        g.setColor(new Color(236, 230, 220));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Color base = stone ? new Color(150, 140, 120) : new Color(150, 95, 50);
        int left = 250 + variant * 40;
        int top = 80;
        int w = WIDTH - 2 * left;
        int h = HEIGHT - 160;
        g.setColor(base);
        g.fillRoundRect(left, top, w, h, 120, 120);
        g.setStroke(new BasicStroke(2f));
        for (int i = 0; i < 60; i++) {
            g.setColor(base.darker());
            int y = top + random.nextInt(h);
            g.drawArc(left, y - 40, w, 80 + random.nextInt(60), 0, 180);
        }
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 9; i++) {
            int x = left + 60 + random.nextInt(Math.max(1, w - 180));
            int y = top + 60 + random.nextInt(h - 180);
            g.setColor(base.darker().darker());
            g.drawArc(x + 4, y + 4, 120, 120, 30, 240);
            g.setColor(base.brighter());
            g.drawArc(x, y, 120, 120, 30, 240);
        }
    }

    /** A Kamasan-like scene: ochre ground, red and blue figures, a border of small triangles. */
    private static void painting(Graphics2D g, Random random, int variant) {
        g.setColor(new Color(226, 196, 140));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Color[] palette = {new Color(170, 50, 35), new Color(40, 70, 120), new Color(60, 40, 30), new Color(200, 150, 60)};
        for (int i = 0; i < 7 + variant * 3; i++) {
            g.setColor(palette[random.nextInt(palette.length)]);
            int x = 120 + random.nextInt(WIDTH - 300);
            int y = 180 + random.nextInt(HEIGHT - 400);
            g.fillOval(x, y, 60, 60);
            g.fillRoundRect(x - 20, y + 60, 100, 180, 40, 40);
        }
        g.setColor(new Color(60, 40, 30));
        g.setStroke(new BasicStroke(12f));
        g.drawRect(30, 30, WIDTH - 60, HEIGHT - 60);
        for (int x = 50; x < WIDTH - 50; x += 30) {
            g.fillPolygon(new Polygon(new int[] {x, x + 15, x + 30}, new int[] {50, 75, 50}, 3));
        }
    }

    /** Anything else: a rounded piece on a plain backdrop with its shadow. */
    private static void object(Graphics2D g, Random random, int variant) {
        g.setPaint(new GradientPaint(0, 0, new Color(240, 236, 228), 0, HEIGHT, new Color(210, 204, 194)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Color color = new Color(120 + random.nextInt(80), 90 + random.nextInt(60), 50 + random.nextInt(40));
        int w = 520 - variant * 60;
        g.setColor(new Color(0, 0, 0, 45));
        g.fillOval(WIDTH / 2 - w / 2 + 30, HEIGHT - 260, w, 90);
        g.setPaint(new GradientPaint(WIDTH / 2f - w / 2f, 0, color.brighter(), WIDTH / 2f + w / 2f, 0, color.darker()));
        g.fillRoundRect(WIDTH / 2 - w / 2, 200, w, HEIGHT - 420, 200, 200);
        g.setColor(color.darker().darker());
        g.setStroke(new BasicStroke(4f));
        for (int y = 240; y < HEIGHT - 240; y += 24) {
            g.drawLine(WIDTH / 2 - w / 2 + 30, y, WIDTH / 2 + w / 2 - 30, y + 10);
        }
    }

    /** Fine threads and grain over everything, as a camera sees cloth and wood: the photo reads as sharp. */
    private static void threads(BufferedImage image, Random random) {
        for (int y = 0; y < HEIGHT; y += 3) {
            for (int x = 0; x < WIDTH; x += 2) {
                if (random.nextInt(4) == 0) {
                    int rgb = image.getRGB(x, y);
                    int shade = random.nextBoolean() ? 18 : -18;
                    image.setRGB(x, y, shift(rgb, shade));
                }
            }
        }
    }

    private static int shift(int rgb, int by) {
        int r = clamp(((rgb >> 16) & 0xFF) + by);
        int g = clamp(((rgb >> 8) & 0xFF) + by);
        int b = clamp((rgb & 0xFF) + by);
        return (r << 16) | (g << 8) | b;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(200_000);
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
