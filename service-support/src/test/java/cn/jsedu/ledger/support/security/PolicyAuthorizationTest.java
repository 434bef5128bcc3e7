package cn.jsedu.ledger.support.security;

import cn.jsedu.ledger.kernel.role.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision both sides take from their own table and their own knowledge of which college owns a platform. */
class PolicyAuthorizationTest {

    private static final AccessPolicy API = new AccessPolicy(List.of(
            AccessRule.ownPlatform("GET", "/api/v1/platforms/{platformId}", Role.AUDITOR),
            AccessRule.of("POST", "/api/v1/platforms/{platformId}/approval", Role.PROVINCE_ADMIN),
            AccessRule.of("POST", "/api/v1/programmes/{programmeId}/parameter-changes", Role.PROVINCE_ADMIN),
            AccessRule.of("GET", "/api/v1/programmes", Role.PROVINCE_ADMIN)));
    private static final Map<String, PlatformOwnership.Owner> OWNERS = Map.of(
            "JS-1", new PlatformOwnership.Owner("4132010850", "JS-PLATFORMS-2019"),
            "TR-1", new PlatformOwnership.Owner("4132010850", "TRAINING-2016"));

    private final PolicyAuthorization policy = new PolicyAuthorization(API,
            platformId -> Optional.ofNullable(OWNERS.get(platformId)));

    @Test
    void aCollegeOfficerReadsItsOwnPlatformAndIsToldAnotherDoesNotExist() {
        MockHttpServletRequest own = request("GET", "/api/v1/platforms/JS-1");
        MockHttpServletRequest other = request("GET", "/api/v1/platforms/JS-2");

        assertThat(policy.decide(API, () -> user(Role.COLLEGE_OFFICER, "4132010850"), own).isGranted()).isTrue();
        assertThat(policy.decide(API, () -> user(Role.COLLEGE_OFFICER, "4132010850"), other).isGranted()).isFalse();
        assertThat(other.getAttribute(PolicyAuthorization.AS_NOT_FOUND)).isEqualTo(Boolean.TRUE);
        assertThat(other.getAttribute(PolicyAuthorization.REASON)).asString().contains("JS-2");
    }

    @Test
    void aRoleWithoutARuleAndAPathWithoutARuleAreRefused() {
        MockHttpServletRequest approval = request("POST", "/api/v1/platforms/JS-1/approval");
        MockHttpServletRequest unknown = request("DELETE", "/api/v1/platforms/JS-1");

        assertThat(policy.decide(API, () -> user(Role.AUDITOR, null), approval).isGranted()).isFalse();
        assertThat(approval.getAttribute(PolicyAuthorization.AS_NOT_FOUND)).isNull();
        assertThat(policy.decide(API, () -> user(Role.PROVINCE_ADMIN, null), approval).isGranted()).isTrue();
        assertThat(policy.decide(API, () -> user(Role.PROVINCE_ADMIN, null), unknown).isGranted()).isFalse();
        assertThat(unknown.getAttribute(PolicyAuthorization.REASON)).asString().startsWith("no rule allows");
    }

    @Test
    void anotherTableIsDecidedTheSameWay() {
        AccessPolicy pages = new AccessPolicy(List.of(AccessRule.ownPlatform("GET", "/console/platforms/{platformId}")));

        assertThat(policy.decide(pages, () -> user(Role.COLLEGE_OFFICER, "4132010850"),
                request("GET", "/console/platforms/JS-1")).isGranted()).isTrue();
        assertThat(policy.decide(pages, () -> user(Role.AUDITOR, null),
                request("GET", "/console/platforms/JS-1")).isGranted()).isFalse();
    }

    @Test
    void aUserScopedToAProgrammeIsToldOtherProgrammesAndTheirPlatformsDoNotExist() {
        MockHttpServletRequest own = request("POST", "/api/v1/platforms/TR-1/approval");
        MockHttpServletRequest other = request("POST", "/api/v1/platforms/JS-1/approval");
        MockHttpServletRequest ownProgramme = request("POST", "/api/v1/programmes/TRAINING-2016/parameter-changes");
        MockHttpServletRequest otherProgramme = request("POST", "/api/v1/programmes/JS-PLATFORMS-2019/parameter-changes");

        assertThat(policy.decide(API, () -> scoped(Role.PROVINCE_ADMIN, "TRAINING-2016"), own).isGranted()).isTrue();
        assertThat(policy.decide(API, () -> scoped(Role.PROVINCE_ADMIN, "TRAINING-2016"), other).isGranted()).isFalse();
        assertThat(other.getAttribute(PolicyAuthorization.AS_NOT_FOUND)).isEqualTo(Boolean.TRUE);
        assertThat(other.getAttribute(PolicyAuthorization.REASON)).asString().contains("JS-1", "JS-PLATFORMS-2019");
        assertThat(policy.decide(API, () -> scoped(Role.PROVINCE_ADMIN, "TRAINING-2016"), ownProgramme).isGranted())
                .isTrue();
        assertThat(policy.decide(API, () -> scoped(Role.PROVINCE_ADMIN, "TRAINING-2016"), otherProgramme).isGranted())
                .isFalse();
        assertThat(otherProgramme.getAttribute(PolicyAuthorization.AS_NOT_FOUND)).isEqualTo(Boolean.TRUE);
        // paths that name neither are the endpoint's to filter; an unscoped user reaches everything
        assertThat(policy.decide(API, () -> scoped(Role.PROVINCE_ADMIN, "TRAINING-2016"),
                request("GET", "/api/v1/programmes")).isGranted()).isTrue();
        assertThat(policy.decide(API, () -> user(Role.PROVINCE_ADMIN, null), other).isGranted()).isTrue();
        assertThat(policy.decide(API, () -> user(Role.PROVINCE_ADMIN, null), otherProgramme).isGranted()).isTrue();
    }

    @Test
    void aUserNamesTheProgrammeItsRequestIsAbout() {
        LedgerUser unscoped = new LedgerUser("a", Role.AUDITOR, null);
        LedgerUser scoped = new LedgerUser("b", Role.AUDITOR, null, null, "TRAINING-2016");
        assertThat(unscoped.programmeFor(null)).contains("JS-PLATFORMS-2019");
        assertThat(unscoped.programmeFor("TRAINING-2016")).contains("TRAINING-2016");
        assertThat(scoped.programmeFor(null)).contains("TRAINING-2016");
        assertThat(scoped.programmeFor("TRAINING-2016")).contains("TRAINING-2016");
        assertThat(scoped.programmeFor("JS-PLATFORMS-2019")).isEmpty();
        assertThat(LedgerUser.of(UsernamePasswordAuthenticationToken.authenticated("b", null,
                LedgerUser.authorities(Role.AUDITOR, null, null, "TRAINING-2016")))).isEqualTo(scoped);
    }

    private static MockHttpServletRequest request(String method, String path) {
        return new MockHttpServletRequest(method, path);
    }

    private static Authentication scoped(Role role, String programme) {
        return UsernamePasswordAuthenticationToken.authenticated("u", null, LedgerUser.authorities(role, null, null, programme));
    }

    private static Authentication user(Role role, String college) {
        return UsernamePasswordAuthenticationToken.authenticated("u", null, LedgerUser.authorities(role, college));
    }
}
