package com.weeklyreview.wiki.security;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.review.ReviewState;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.RestServices;
import com.weeklyreview.store.api.ReadScope;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.wiki.rest.WikiServices;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.wiki.api.core.Acl;
import org.apache.wiki.api.core.AclEntry;
import org.apache.wiki.api.core.Attachment;
import org.apache.wiki.api.core.Engine;
import org.apache.wiki.api.core.Page;
import org.apache.wiki.api.spi.Wiki;
import org.apache.wiki.auth.WikiPrincipal;
import org.apache.wiki.auth.WikiSecurityException;
import org.apache.wiki.auth.acl.AclManager;
import org.apache.wiki.auth.permissions.PagePermission;

/**
 * JSPWiki's {@code AclManager} for this host ({@code jspwiki.aclManager}): page permissions come
 * from the product's users and report states, never from {@code [{ALLOW …}]} markup a user typed.
 * Because JSPWiki asks this for every view, diff, history, attachment and search hit, a report is
 * private wherever the wiki shows it.
 *
 * <ul>
 *   <li>A report page {@code WeeklyReport_<owner>_<week>}: the owner, the manager of the owner's
 *       team and directors read it; the owner edits it while the report is a draft (new or returned);
 *       administrators do everything (JSPWiki's {@code AllPermission}). Nobody else sees it.</li>
 *   <li>A page the product ships (the front page, the menus, the drill-down, regions and sample pages:
 *       those under {@code /com/weeklyreview/wiki/demo/}): everyone reads it; administrators edit it, so
 *       that no manager rewrites what every user's navigation and lead pages show.</li>
 *   <li>Any other page: everyone reads it; managers and directors edit it.</li>
 * </ul>
 */
public final class ReportAcls implements AclManager {

    private static final Pattern REPORT_PAGE = Pattern.compile("WeeklyReport_(.+)_(\\d{4}-W\\d{2})");

    /** A principal no session holds: an ACL that names only it lets nobody but administrators in. */
    private static final Principal NOBODY = new WikiPrincipal("\u0000nobody", WikiPrincipal.LOGIN_NAME);

    private final Supplier<ApplicationServices> services;
    private final boolean teamReadsApproved;

    /** Created by JSPWiki's engine from {@code jspwiki.aclManager}; {@code WSR_TEAM_READS_APPROVED} opens approved reports to the team. */
    public ReportAcls() {
        this(() -> WikiServices.get().services(),
                Boolean.parseBoolean(com.weeklyreview.wiki.HostConfig.setting("WSR_TEAM_READS_APPROVED").orElse("false")));
    }

    ReportAcls(Supplier<ApplicationServices> services, boolean teamReadsApproved) {
        this.services = services;
        this.teamReadsApproved = teamReadsApproved;
    }

    @Override
    public void initialize(Engine engine, Properties properties) {
        // Nothing to read: the rules come from the product's users and reports.
    }

    /** {@code [{ALLOW …}]} in page text has no effect on this host. */
    @Override
    public Acl parseAcl(Page page, String ruleLine) {
        return Wiki.acls().acl();
    }

    @Override
    public Acl getPermissions(Page page) {
        String name = page instanceof Attachment attachment ? attachment.getParentName() : page.getName();
        Acl acl = Wiki.acls().acl();
        Access access = access(name);
        // One entry a principal (JSPWiki keeps the first): edit implies view.
        access.editors().forEach(editor -> add(acl, editor, PagePermission.MODIFY_ACTION));
        access.readers().forEach(reader -> add(acl, reader, PagePermission.VIEW_ACTION));
        add(acl, NOBODY, PagePermission.VIEW_ACTION);
        return acl;
    }

    @Override
    public void setPermissions(Page page, Acl acl) throws WikiSecurityException {
        throw new WikiSecurityException("page permissions come from the product's users and reports");
    }

    /** Who reads and who edits a page, by the product's rules. */
    public record Access(List<Principal> readers, List<Principal> editors) {
    }

    /** What {@link #access(String)} keeps in a request's {@link ReadScope}: this manager's answer for a page. */
    private record AccessOf(ReportAcls acls, String pageName) {
    }

    /**
     * Returns who reads and edits the page of that name; decided once a request (JSPWiki asks for
     * every link, menu and tab of a view) and afresh by the next request or after a write of a report.
     */
    public Access access(String pageName) {
        return ReadScope.get(new AccessOf(this, pageName), () -> decide(pageName));
    }

    private Access decide(String pageName) {
        ApplicationServices s = services.get();
        List<User> users = s.users().all();
        Matcher m = REPORT_PAGE.matcher(pageName);
        if (!m.matches() && shipped(pageName)) {
            return new Access(List.of(org.apache.wiki.auth.authorize.Role.ALL), List.of());
        }
        if (!m.matches()) {
            return new Access(List.of(org.apache.wiki.auth.authorize.Role.ALL), users.stream()
                    .filter(u -> u.role() == com.weeklyreview.core.user.Role.MANAGER
                            || u.role() == com.weeklyreview.core.user.Role.DIRECTOR)
                    .map(ReportAcls::principal).toList());
        }
        String owner = m.group(1);
        Optional<User> ownerUser = s.users().find(owner);
        if (ownerUser.isEmpty()) {
            return new Access(List.of(), List.of());
        }
        Optional<String> state;
        try {
            state = s.store().reports().find(owner, IsoWeek.parse(m.group(2))).map(r -> r.state());
        } catch (IllegalArgumentException e) {
            state = Optional.empty();
        }
        Optional<String> current = state;
        List<Principal> readers = users.stream().filter(u -> reads(u, ownerUser.get(), current, teamReadsApproved))
                .map(ReportAcls::principal).toList();
        boolean draft = state.filter(ReviewState.DRAFT.wireName()::equals).isPresent();
        return new Access(readers, draft ? List.of(principal(ownerUser.get())) : List.of());
    }

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9]{1,100}");

    /** Whether the product ships the page (its text is one of the launcher's seeded pages). */
    static boolean shipped(String pageName) {
        return PLAIN_NAME.matcher(pageName).matches()
                && ReportAcls.class.getResource("/com/weeklyreview/wiki/demo/" + pageName + ".txt") != null;
    }

    /**
     * The owner, the manager of the owner's team, directors and administrators read a report; with
     * the team setting on, the owner's teammates read it once it is approved (done).
     */
    static boolean reads(User reader, User owner, Optional<String> state, boolean teamReadsApproved) {
        if (reader.name().equals(owner.name())) {
            return true;
        }
        boolean sameTeam = reader.team().isPresent() && reader.team().equals(owner.team());
        return switch (reader.role()) {
            case DIRECTOR, ADMIN -> true;
            case MANAGER -> sameTeam;
            case REP -> teamReadsApproved && sameTeam && state.filter(ReviewState.DONE.wireName()::equals).isPresent();
        };
    }

    private static Principal principal(User user) {
        return new WikiPrincipal(user.name(), WikiPrincipal.LOGIN_NAME);
    }

    private static void add(Acl acl, Principal principal, String action) {
        AclEntry entry = Wiki.acls().entry();
        entry.setPrincipal(principal);
        entry.addPermission(new PagePermission("*:*", action));
        acl.addEntry(entry);
    }
}
