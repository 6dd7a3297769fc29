package org.maturityadvisor.store;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.organisation.TeamSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The portfolio's counts per group a team sits in (null: directly in the organisation), over the teams of a
 * {@link TeamSet} and never an archived one: what a roll-up per unit or sub-group and the per-unit gauges add up.
 * A few grouped queries, whatever the number of teams.
 */
@Repository
public class GroupCounts {

    private final JdbcClient jdbc;

    public GroupCounts(JdbcTemplate template) {
        this.jdbc = JdbcClient.create(template);
    }

    /** The teams of one group: how many, how many assessed, per model and level how many, per model their targets. */
    public record OfGroup(String groupId, int teams, int assessed, List<LevelCount> levels, List<TargetCount> targets) {

        public OfGroup {
            levels = List.copyOf(levels);
            targets = List.copyOf(targets);
        }
    }

    /** {@code teams} teams of the group reached {@code level} in {@code model} in their newest assessment. */
    public record LevelCount(String model, int level, int teams) {
    }

    /**
     * Of the teams whose target advice names {@code model}: how many have one, how many are below it, and the levels
     * between summed over those below.
     */
    public record TargetCount(String model, int teams, int below, int gapLevels) {
    }

    /** What the newest answers of a group's teams rest on, summed: stale today, unconfirmed, disagreeing with a scan. */
    public record Answers(String groupId, int stale, int unconfirmed, int disagreements) {
    }

    public List<OfGroup> levels(TeamSet set) {
        TeamSet counted = set.withArchived(false);
        if (counted.empty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String scope = TeamSets.condition("t", counted, params);
        Map<String, int[]> teams = new LinkedHashMap<>();
        jdbc.sql("select t.group_id, count(*) as teams, count(t.latest_assessment_id) as assessed from team t where "
                        + scope + " group by t.group_id")
                .params(params).query((ResultSet rs) -> {
                    teams.put(rs.getString("group_id"), new int[] {rs.getInt("teams"), rs.getInt("assessed")});
                });
        Map<String, List<LevelCount>> levels = new LinkedHashMap<>();
        jdbc.sql("select t.group_id, l.model, l.level, count(*) as teams from team t"
                        + " join assessment_level l on l.assessment_id = t.latest_assessment_id where " + scope
                        + " group by t.group_id, l.model, l.level")
                .params(params).query((ResultSet rs) -> {
                    levels.computeIfAbsent(rs.getString("group_id"), g -> new ArrayList<>()).add(
                            new LevelCount(rs.getString("model"), rs.getInt("level"), rs.getInt("teams")));
                });
        Map<String, List<TargetCount>> targets = new LinkedHashMap<>();
        jdbc.sql("select t.group_id, g.model, count(*) as teams,"
                        + " sum(case when g.target_level > g.level then 1 else 0 end) as below,"
                        + " sum(case when g.target_level > g.level then g.target_level - g.level else 0 end) as gap"
                        + " from team t join assessment_level g on g.assessment_id = t.latest_assessment_id"
                        + " and g.target_level is not null where " + scope + " group by t.group_id, g.model")
                .params(params).query((ResultSet rs) -> {
                    targets.computeIfAbsent(rs.getString("group_id"), g -> new ArrayList<>()).add(
                            new TargetCount(rs.getString("model"), rs.getInt("teams"), rs.getInt("below"),
                                    rs.getInt("gap")));
                });
        List<OfGroup> groups = new ArrayList<>();
        teams.forEach((group, counts) -> groups.add(new OfGroup(group, counts[0], counts[1],
                levels.getOrDefault(group, List.of()), targets.getOrDefault(group, List.of()))));
        return groups;
    }

    /** Per group (null: directly in the organisation) the answers of its teams' newest assessments, as of {@code day}. */
    public List<Answers> answers(TeamSet set, LocalDate day) {
        TeamSet counted = set.withArchived(false);
        if (counted.empty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String scope = TeamSets.condition("t", counted, params);
        Map<String, int[]> sums = new LinkedHashMap<>();
        jdbc.sql("select t.group_id, s.stale_from, s.stale_days, s.evidenced, s.disagreements from team t"
                        + " join answer_standing s on s.assessment_id = t.latest_assessment_id where " + scope)
                .params(params).query((ResultSet rs) -> {
                    int[] sum = sums.computeIfAbsent(rs.getString("group_id"), g -> new int[3]);
                    java.sql.Date from = rs.getDate("stale_from");
                    if (from != null && !from.toLocalDate().isAfter(day)) {
                        sum[0] += AnswerStanding.staleOn(rs.getString("stale_days"), day);
                    }
                    sum[1] += rs.getInt("evidenced");
                    sum[2] += rs.getInt("disagreements");
                });
        List<Answers> answers = new ArrayList<>();
        sums.forEach((group, sum) -> answers.add(new Answers(group, sum[0], sum[1], sum[2])));
        return answers;
    }
}
