package org.zhengtong.identity;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.ContentRoles;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 选人: people found by name, unit and post, shown with their unit and post, only staff
 * accounts in use, only within the data scope of whoever looks; the channel page grants a
 * right to the person chosen, with or without scripts.
 */
@IntegrationTest
class PeoplePickerIntegrationTests {

	@Autowired
	PeopleDirectory people;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	PostManagement posts;

	@Autowired
	Channels channels;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	String tag;

	UUID bureau;

	UUID other;

	String clerk;

	String chief;

	String elsewhere;

	String unitAdmin;

	@BeforeEach
	void twoBureaus() {
		tag = UUID.randomUUID().toString().substring(0, 6);
		bureau = unit("秦川市选人测试局" + tag);
		other = unit("秦川市另一选人局" + tag);
		clerk = staff("pickclerk" + tag, "张选人" + tag, bureau, "科员");
		chief = staff("pickchief" + tag, "李选人" + tag, bureau, "处长");
		elsewhere = staff("pickother" + tag, "王选人" + tag, other, "科员");
		unitAdmin = staff("pickadmin" + tag, "赵管理" + tag, bureau, "科员");
		platformAccounts.grant(unitAdmin, new RoleGrant(IdentityRoles.UNIT_ADMIN, DataScope.UNIT, bureau, Set.of()));
	}

	@Test
	void people_are_found_by_name_unit_and_post_with_their_unit_and_post() {
		PeopleDirectory.Found byName = people.find(new PeopleDirectory.Query("张选人" + tag, null, null),
				AccessScope.everything());
		assertThat(byName.people()).singleElement().satisfies((person) -> {
			assertThat(person.username()).isEqualTo(clerk);
			assertThat(person.displayName()).isEqualTo("张选人" + tag);
			assertThat(person.unitName()).as("its short name").isEqualTo("选人测试局" + tag);
			assertThat(person.postLabel()).isEqualTo("选人测试局" + tag + " · 科员");
		});
		assertThat(people.find(new PeopleDirectory.Query(null, bureau, null), AccessScope.everything()).people())
			.extracting(PeopleDirectory.Person::username)
			.containsExactlyInAnyOrder(clerk, chief, unitAdmin);
		assertThat(people.find(new PeopleDirectory.Query("选人" + tag, null, "处长"), AccessScope.everything()).people())
			.extracting(PeopleDirectory.Person::username)
			.containsExactly(chief);
		assertThat(people.find(new PeopleDirectory.Query(null, null, null), AccessScope.everything()).people())
			.as("nothing asked, nobody listed")
			.isEmpty();

		platformAccounts.deactivate(elsewhere);
		assertThat(people.find(new PeopleDirectory.Query("王选人" + tag, null, null), AccessScope.everything()).people())
			.as("an account no longer in use")
			.isEmpty();
	}

	@Test
	void a_unit_administrator_finds_only_the_people_of_their_scope() {
		AccessScope scope = new AccessScope(false, Set.of(bureau), null);
		assertThat(people.find(new PeopleDirectory.Query("选人" + tag, null, "科员"), scope).people())
			.extracting(PeopleDirectory.Person::username)
			.containsExactly(clerk);
		assertThat(people.find(new PeopleDirectory.Query(null, other, null), scope).people()).isEmpty();
		assertThat(people.find(new PeopleDirectory.Query("选人" + tag, null, null), AccessScope.none()).people())
			.isEmpty();

		assertThat(mvc.get().uri("/workbench/people?name={n}", "选人" + tag).with(as(unitAdmin)).exchange()).hasStatusOk()
			.bodyText()
			.contains("张选人" + tag, "李选人" + tag, "选人测试局" + tag + " · 处长")
			.doesNotContain("王选人" + tag);
		String sysadminPage = mvc.get()
			.uri("/workbench/people?name={n}", "选人" + tag)
			.with(user("picksys" + tag).authorities(
					new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN")))
			.exchange()
			.getResponse()
			.getStatus() + "";
		assertThat(sysadminPage).as("without account.manage or content.manage").isEqualTo("403");
		assertThat(mvc.get().uri("/workbench/people?name={n}", "选人" + tag).with(as(clerk)).exchange())
			.as("a member of staff without either permission")
			.hasStatus(403);
	}

	@Test
	void the_site_administrator_grants_a_channel_right_to_the_person_chosen() {
		String admin = staff("picksite" + tag, "网站管理员" + tag, bureau, "科员");
		platformAccounts.grant(admin, ContentRoles.SITE_ADMIN);
		ChannelView channel = channels.create("zh", null, "pick-" + tag, "选人栏目" + tag, ChannelKind.ARTICLES, null, 0,
				false, false, "system");

		assertThat(mvc.get().uri("/admin/channels/{id}", channel.id()).with(as(admin)).exchange()).bodyText()
			.contains("先在上面按姓名、单位或职务查找");
		// Without scripts the search reloads the page with the choices.
		assertThat(mvc.get()
			.uri("/admin/channels/{id}?unit={u}&post={p}", channel.id(), bureau, "处长")
			.with(as(admin))
			.exchange()).bodyText()
			.contains("李选人" + tag, "value=\"" + chief + "\"", "找到 1 人")
			.doesNotContain("张选人" + tag);
		assertThat(mvc.post()
			.uri("/admin/channels/{id}/grants", channel.id())
			.param("username", chief)
			.param("level", "REVIEW")
			.with(as(admin))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "content.channel.granted");
		assertThat(channels.levelOf(chief, channel.id())).contains("REVIEW");
	}

	private UUID unit(String name) {
		return units
			.create(null, UnitKind.DEPARTMENT, new UnitNames(name, name.substring(3), "Picker Test " + tag, null), null,
					0, LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
	}

	private String staff(String username, String name, UUID unit, String title) {
		platformAccounts.createStaff(username, name, new StaffPost(unit, null, title, true, null));
		return username;
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
