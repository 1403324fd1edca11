package org.zhengtong.bench;

import static org.zhengtong.testing.CertificateSignIn.signedIn;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.zhengtong.ZhengtongApplication;
import org.zhengtong.files.FileManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.IssueLicence;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.LicenceView;
import org.zhengtong.permit.Licences;
import org.zhengtong.permit.internal.LicenceRecords;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.testing.Pkcs;
import org.zhengtong.testing.TestStaff;

/**
 * Licences issued per second through {@link Licences#issue} (layout, PDF seal, detached
 * .p7s, SM2 OFD seal, three files stored, the row and its number, one transaction each),
 * by a seal keeper in a certificate session, with THREADS threads; the sealed PDFs are
 * written to DIRECTORY for bench/licences.sh to sign with {@code openssl cms -sign}. Not
 * a test: run it with bench/licences.sh.
 */
public final class LicenceIssueBenchmark {

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
		Path directory = Path.of(args.length > 2 ? args[2] : "target/bench/licences/pdf");
		Files.createDirectories(directory);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhengtongApplication.class)
			.profiles("test")
			.properties("server.port=0", "zhengtong.tls.port=0", "logging.level.root=WARN",
					"spring.main.banner-mode=off", "spring.datasource.hikari.maximum-pool-size=" + (threads + 3))
			// as arguments: default properties lose to application.yml's server.port
			.run("--server.port=0", "--zhengtong.tls.port=0")) {
			Licences licences = context.getBean(Licences.class);
			LicenceRecords records = context.getBean(LicenceRecords.class);
			FileManagement files = context.getBean(FileManagement.class);
			PlatformAccounts accounts = context.getBean(PlatformAccounts.class);
			UnitManagement units = context.getBean(UnitManagement.class);
			CertificateRequests certificates = context.getBean(CertificateRequests.class);
			UUID department = TestStaff.unit(units, "市场监督管理局", "Market Regulation");
			String keeper = TestStaff.withRole(accounts, department, "bench", "印章管理员", PkiRoles.SEAL_KEEPER);
			String operator = TestStaff.withRole(accounts, department, "ra", "审核员", PkiRoles.RA_OPERATOR);
			var request = certificates.submit(keeper,
					Pkcs.csr(Pkcs.p256(), "CN=" + keeper).getBytes(StandardCharsets.US_ASCII));
			String login = certificates.approve(request.id(), operator).orElseThrow().serial();
			String first17 = "91610100MA6BENCH0";
			String holderId = first17 + CreditCode.checkCharacter(first17);
			Parallel.Step issue = (i) -> {
				signedIn(keeper, login);
				try {
					LicenceView licence = licences.issue(new IssueLicence(LicenceType.FOOD_BUSINESS, "XK2026" + i,
							"秦川基准餐饮有限公司" + i, ApplicantKind.ENTERPRISE, holderId, Map.of("premises", "秦川市长安路" + i + "号",
									"businessType", "餐饮服务经营者", "scope", "热食类食品制售", "legalRepresentative", "李四"),
							department, null), keeper);
					if (i >= 0) {
						try (var in = files
							.open(files.find(records.findByNumber(licence.number()).orElseThrow().pdfLink())
								.orElseThrow()
								.file())) {
							Files.write(directory.resolve(licence.number() + ".pdf"), in.readAllBytes());
						}
					}
				}
				finally {
					RequestContextHolder.resetRequestAttributes();
					SecurityContextHolder.clearContext();
				}
			};
			Parallel.run("warm-up", Math.min(20, count), threads, (i) -> issue.run(-1 - i));
			Parallel.run("licences issued (render + seal PDF + .p7s + SM2 OFD + store)", count, threads, issue);
		}
	}

}
