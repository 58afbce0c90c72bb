package vn.lienthong.axis.directory;

import java.util.Set;

/**
 * An authenticated client system (hệ thống QLVB) and the agency it acts for in this request.
 *
 * @param agencies     every agency the client is registered for
 * @param actingAgency the agency of this request: the only one, or the one named in {@code X-Agency}
 */
public record ActingClient(String clientId, String name, Set<String> agencies, String actingAgency) {}
