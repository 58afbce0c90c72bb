package vn.lienthong.axis.api.console;

import java.io.Serializable;
import vn.lienthong.axis.api.admin.AdminActor;
import vn.lienthong.axis.console.OperatorAccount;
import vn.lienthong.axis.console.OperatorRole;

/** The signed-in person, the principal of a console session. */
public record ConsolePerson(String login, String displayName, OperatorRole role) implements Serializable,
        java.security.Principal {

    /** The login, as {@code Authentication.getName()} reports it. */
    @Override
    public String getName() {
        return login;
    }

    static ConsolePerson of(OperatorAccount a) {
        return new ConsolePerson(a.login(), a.displayName(), a.role());
    }

    /** How the audit log names this person. */
    public String actor() {
        return OperatorAccount.actorOf(login);
    }

    /** The same person as the admin API's services expect it. */
    AdminActor asAdmin() {
        return new AdminActor(actor());
    }
}
