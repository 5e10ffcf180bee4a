package com.momentumlab.rooms;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.playground.LabLink;
import com.momentumlab.playground.LabState;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;

/**
 * Rooms as text, for Redis: a lab state as its permalink's query string (which round-trips every state exactly),
 * a poll, an answer, a challenge and a submission as words (numbers in Java's shortest round-trip form), and an event as one line, {@code <code> <type> [<detail>]}, that any replica reads
 * back.
 */
final class RoomWire {

    /** An event and the room it belongs to. */
    record Addressed(RoomCode code, RoomEvent event) {}

    /** {@link DrillParameters.Result}'s values in order: not yet, right, wrong. */
    private static final String RESULT_LETTERS = "-RW";

    private RoomWire() {}

    static String state(LabState state) {
        return LabLink.queryString(LabLink.encode(state));
    }

    static LabState state(String query) {
        return LabLink.decode(QueryParameters.fromString(query).getParameters(), Catalogue::byKey,
                Catalogue.all().get(0)).state();
    }

    /** A poll as {@code <id> <choices> <revealed> <item id>}, a drill's followed by {@code <function> <α> <β> <x> <y>}. */
    static String poll(Poll poll) {
        return poll.id() + " " + poll.choices() + " " + poll.revealed() + " " + poll.itemId()
                + poll.drill().map(d -> " " + d.functionKey() + " " + d.alpha() + " " + d.beta() + " " + d.start().x()
                        + " " + d.start().y()).orElse("");
    }

    static Poll poll(String words) {
        String[] parts = words.split(" ");
        if (parts.length != 4 && parts.length != 9) {
            throw new IllegalArgumentException("not a poll: " + words);
        }
        Optional<DrillParameters> drill = parts.length == 4 ? Optional.empty()
                : Optional.of(new DrillParameters(parts[4], Double.parseDouble(parts[5]), Double.parseDouble(parts[6]),
                        new Vec2(Double.parseDouble(parts[7]), Double.parseDouble(parts[8]))));
        return new Poll(parts[0], parts[3], Integer.parseInt(parts[1]), Boolean.parseBoolean(parts[2]), drill);
    }

    /** An answer as {@code <poll id> <choice>}, a drill's followed by one letter per value ({@code R}, {@code W}, {@code -}). */
    static String answer(RoomStore.Answer answer) {
        StringBuilder fields = new StringBuilder();
        answer.fields().forEach(result -> fields.append(RESULT_LETTERS.charAt(result.ordinal())));
        return answer.pollId() + " " + answer.choice() + (fields.isEmpty() ? "" : " " + fields);
    }

    static RoomStore.Answer answer(String words) {
        String[] parts = words.split(" ");
        if (parts.length != 2 && parts.length != 3) {
            throw new IllegalArgumentException("not an answer: " + words);
        }
        List<DrillParameters.Result> fields = parts.length == 2 ? List.of()
                : parts[2].chars().mapToObj(letter -> result(letter, words)).toList();
        return new RoomStore.Answer(parts[0], Integer.parseInt(parts[1]), fields);
    }

    private static DrillParameters.Result result(int letter, String words) {
        int index = RESULT_LETTERS.indexOf(letter);
        if (index < 0) {
            throw new IllegalArgumentException("not an answer: " + words);
        }
        return DrillParameters.Result.values()[index];
    }

    /** A challenge as {@code <id> <open> <max steps> <threshold> <start x> <start y> <function key>}. */
    static String challenge(Challenge challenge) {
        Challenge.Goal goal = challenge.goal();
        return String.join(" ", challenge.id(), Boolean.toString(challenge.open()), Integer.toString(goal.maxSteps()),
                Double.toString(goal.threshold()), Double.toString(goal.start().x()), Double.toString(goal.start().y()),
                goal.functionKey());
    }

    static Challenge challenge(String words) {
        String[] parts = words.split(" ", 7);
        if (parts.length != 7) {
            throw new IllegalArgumentException("not a challenge: " + words);
        }
        return new Challenge(parts[0], new Challenge.Goal(parts[6],
                new Vec2(Double.parseDouble(parts[4]), Double.parseDouble(parts[5])), Double.parseDouble(parts[3]),
                Integer.parseInt(parts[2])), Boolean.parseBoolean(parts[1]));
    }

    /**
     * A submission as {@code <challenge id> <participant id> <α> <β> <outcome> <steps> <nickname>}: the nickname
     * last, as it may hold spaces (never a line break: control characters are refused).
     */
    static String submission(Submission submission) {
        return String.join(" ", submission.challengeId(), submission.participantId(),
                Double.toString(submission.alpha()), Double.toString(submission.beta()),
                submission.outcome().kind().name(), Integer.toString(submission.outcome().steps()),
                submission.nickname().value());
    }

    static Submission submission(String words) {
        String[] parts = words.split(" ", 7);
        if (parts.length != 7) {
            throw new IllegalArgumentException("not a submission: " + words);
        }
        return new Submission(parts[0], parts[1], new Nickname(parts[6]), Double.parseDouble(parts[2]),
                Double.parseDouble(parts[3]),
                new Challenge.Outcome(Challenge.Outcome.Kind.valueOf(parts[4]), Integer.parseInt(parts[5])));
    }

    static String event(RoomCode code, RoomEvent event) {
        String body = switch (event) {
            case RoomEvent.Shown shown -> (shown.run() ? "run " : "shown ") + state(shown.state());
            case RoomEvent.FollowOff off -> "follow-off";
            case RoomEvent.People people -> "people " + people.count();
            case RoomEvent.Removed removed -> "removed " + removed.participantId();
            case RoomEvent.Polled polled -> "poll " + poll(polled.poll());
            case RoomEvent.Answered answered -> "answered " + answered.pollId();
            case RoomEvent.PollClosed pollClosed -> "poll-closed";
            case RoomEvent.Challenged challenged -> "challenge " + challenge(challenged.challenge());
            case RoomEvent.Submitted submitted -> "submitted " + submitted.index() + " " + submission(submitted.submission());
            case RoomEvent.Closed closed -> "closed";
        };
        return code.value() + " " + body;
    }

    /** The event a line carries; throws {@link IllegalArgumentException} for a line no replica wrote. */
    static Addressed event(String line) {
        String[] parts = line.split(" ", 3);
        String detail = parts.length == 3 ? parts[2] : "";
        RoomEvent event = switch (parts.length < 2 ? "" : parts[1]) {
            case "shown" -> new RoomEvent.Shown(state(detail), false);
            case "run" -> new RoomEvent.Shown(state(detail), true);
            case "follow-off" -> new RoomEvent.FollowOff();
            case "people" -> new RoomEvent.People(Integer.parseInt(detail));
            case "removed" -> new RoomEvent.Removed(detail);
            case "poll" -> new RoomEvent.Polled(poll(detail));
            case "answered" -> new RoomEvent.Answered(detail);
            case "poll-closed" -> new RoomEvent.PollClosed();
            case "challenge" -> new RoomEvent.Challenged(challenge(detail));
            case "submitted" -> {
                String[] numbered = detail.split(" ", 2);
                yield new RoomEvent.Submitted(Integer.parseInt(numbered[0]), submission(numbered.length == 2 ? numbered[1] : ""));
            }
            case "closed" -> new RoomEvent.Closed();
            default -> throw new IllegalArgumentException("not a room event: " + line);
        };
        return new Addressed(new RoomCode(parts[0]), event);
    }
}
