package vn.lienthong.axis.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.lienthong.axis.support.Api;

/** Reads a recipient's whole document inbox and counts it against what the senders were told was accepted. */
public final class Inboxes {
    private Inboxes() {}

    /** Lost, duplicated (the same document listed twice) and unexpected copies in one inbox. */
    public record Count(int listed, int lost, int duplicated, int unexpected) {
        public boolean clean() {
            return lost == 0 && duplicated == 0 && unexpected == 0;
        }
    }

    public static List<String> documentIds(Api api, String token) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            HttpResponse<String> r = api.get("/api/v1/inbox?kind=document&limit=100"
                    + (cursor == null ? "" : "&after=" + cursor), token, null);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("inbox: " + r.statusCode() + " " + r.body());
            }
            JsonNode page = Api.json(r);
            page.path("items").forEach(item -> ids.add(item.path("documentId").asText()));
            JsonNode next = page.path("nextCursor");
            cursor = next.isNull() || next.isMissingNode() || next.asText().isEmpty() ? null : next.asText();
        } while (cursor != null);
        return ids;
    }

    public static Count count(List<String> listed, Collection<String> acknowledged) {
        Set<String> seen = new HashSet<>();
        int duplicated = 0;
        for (String id : listed) {
            if (!seen.add(id)) {
                duplicated++;
            }
        }
        Set<String> expected = new HashSet<>(acknowledged);
        int unexpected = (int) seen.stream().filter(id -> !expected.contains(id)).count();
        int lost = (int) expected.stream().filter(id -> !seen.contains(id)).count();
        return new Count(listed.size(), lost, duplicated, unexpected);
    }
}
