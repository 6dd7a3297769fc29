package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of one small stepped chart drawn as SVG: levels on the y axis (0 to {@code top}, one gridline each),
 * assessments on the x axis. A level holds until the next assessment, so the line steps rather than slopes; every
 * point is drawn, so a line lying on level 0 stays visible above the axis.
 */
public record StepPlot(String path, List<Dot> dots, List<YTick> yTicks, List<XTick> xTicks, double axisY) {

    static final int WIDTH = 320;
    static final int HEIGHT = 160;
    private static final double LEFT = 30;
    private static final double RIGHT = WIDTH - 12;
    private static final double TOP = 12;
    private static final double ZERO = HEIGHT - 44; // level 0 sits above the axis, never on it
    private static final double AXIS = ZERO + 8;
    private static final double INSET = 12;
    private static final int MAX_X_LABELS = 6;

    public record Dot(double x, double y, int level, String label) {
    }

    public record YTick(int level, double y) {
    }

    public record XTick(double x, String number, String date) {
    }

    /**
     * @param levels one per assessment, oldest first; null where the model was not assessed
     * @param words  what each point says when hovered
     */
    static StepPlot of(List<Integer> levels, List<String> numbers, List<String> dates, List<String> words, int top) {
        int n = levels.size();
        StringBuilder path = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        boolean drawing = false;
        for (int i = 0; i < n; i++) {
            Integer level = levels.get(i);
            if (level == null) {
                drawing = false;
                continue;
            }
            double x = x(i, n);
            double y = y(level, top);
            path.append(drawing ? " H" + num(x) + " V" + num(y) : (path.isEmpty() ? "" : " ") + "M" + num(x) + " "
                    + num(y));
            drawing = true;
            dots.add(new Dot(x, y, level, words.get(i)));
        }
        List<YTick> yTicks = new ArrayList<>();
        for (int level = 0; level <= top; level++) {
            yTicks.add(new YTick(level, y(level, top)));
        }
        List<XTick> xTicks = new ArrayList<>();
        int every = (int) Math.ceil(n / (double) MAX_X_LABELS);
        for (int i = 0; i < n; i++) {
            if (i % every == 0 || i == n - 1 && (n - 1) % every >= every / 2.0) {
                xTicks.add(new XTick(x(i, n), numbers.get(i), dates.get(i).substring(5)));
            }
        }
        return new StepPlot(path.toString(), dots, yTicks, xTicks, AXIS);
    }

    static double x(int i, int n) {
        double from = LEFT + INSET;
        double to = RIGHT - INSET;
        return n == 1 ? (from + to) / 2 : from + i * (to - from) / (n - 1);
    }

    static double y(int level, int top) {
        return ZERO - level * (ZERO - TOP) / top;
    }

    public double left() {
        return LEFT;
    }

    public double right() {
        return RIGHT;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
