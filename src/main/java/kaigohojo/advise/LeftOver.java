package kaigohojo.advise;

import java.util.List;

/**
 * What is left on the table in the best application: room below a cap, an unmet requirement, a
 * condition of improvement support not met, a contract form that would raise a cap.
 *
 * @param kind cap-room | facility-cap-room | facility-cap-cut | requirement | training | pricing-fact | improvement-adds-nothing
 * @param subject a group id, an item id or a requirement's code
 * @param args values for the message: see each kind's message key {@code advise.left.<kind>}
 * @param adds what meeting it (or spending up to the cap) would add to the subsidy
 */
public record LeftOver(String kind, String subject, List<Object> args, long adds, String cite, boolean verified) {
    public LeftOver {
        args = List.copyOf(args);
    }
}
