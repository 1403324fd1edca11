package org.zhengtong.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.audit.ChainVerification;
import org.zhengtong.audit.ChainVerification.Break;
import org.zhengtong.audit.ChainVerification.Kind;

/**
 * Walks the whole audit chain and reports every break: entries changed, links broken, ids
 * missing, entries cut from the end (named by a checkpoint in the database or in the
 * outside copy), checkpoints that do not hold or do not follow each other, and a newest
 * checkpoint older than its interval allows.
 */
@Component
class ChainVerifier {

	private final AuditRecords records;

	private final AuditCheckpoints checkpoints;

	private final CheckpointJournal journal;

	private final AuditChain chain;

	ChainVerifier(AuditRecords records, AuditCheckpoints checkpoints, CheckpointJournal journal,
			org.zhengtong.platform.Secrets secrets) {
		this.records = records;
		this.checkpoints = checkpoints;
		this.journal = journal;
		this.chain = new AuditChain(secrets.get("audit-key", "zhengtong.audit.key", 32));
	}

	/**
	 * In one snapshot (repeatable read): entries appended while the walk runs are not
	 * seen, and the checkpoints read agree with the entries read.
	 * @param now the time the newest checkpoint's age is measured from
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ChainVerification verify(Instant now) {
		Findings found = new Findings();
		List<AuditCheckpoints.Checkpoint> stored = checkpoints.all();
		linked(stored, found);
		Optional<String> chainName = checkpoints.chainName();
		List<AuditCheckpoints.Checkpoint> all = new ArrayList<>(stored);
		chainName.ifPresent((name) -> all.addAll(outsideOnly(name, stored, found)));

		Map<Long, List<AuditCheckpoints.Checkpoint>> byEntry = new HashMap<>();
		all.forEach((checkpoint) -> byEntry.computeIfAbsent(checkpoint.entryId(), (id) -> new ArrayList<>())
			.add(checkpoint));
		Walk walk = new Walk(found);
		Set<Long> met = new HashSet<>();
		records.chain((entry, previousHash, hash) -> {
			walk.check(entry, previousHash.strip(), hash.strip());
			for (AuditCheckpoints.Checkpoint checkpoint : byEntry.getOrDefault(entry.id(), List.of())) {
				String problem = checkpoints.problem(checkpoint, hash.strip());
				if (problem == null) {
					walk.held++;
				}
				else {
					found.add(Kind.CHECKPOINT, entry.id(), entry.id(), problem);
				}
			}
			met.add(entry.id());
		});
		long last = walk.lastId == null ? 0 : walk.lastId;
		// Checkpoints whose entry the walk never met.
		for (AuditCheckpoints.Checkpoint checkpoint : all) {
			if (met.contains(checkpoint.entryId())) {
				continue;
			}
			if (!checkpoints.signedByPlatform(checkpoint)) {
				found.add(Kind.CHECKPOINT, checkpoint.entryId(), checkpoint.entryId(),
						"checkpoint " + AuditCheckpoints.name(checkpoint) + " is not signed by the platform");
			}
			else if (checkpoint.entryId() > last) {
				found.add(Kind.CUT, last + 1, checkpoint.entryId(),
						"entries " + range(last + 1, checkpoint.entryId())
								+ " were cut from the end of the log: checkpoint " + AuditCheckpoints.name(checkpoint)
								+ " signed entry " + checkpoint.entryId() + " (" + checkpoint.entries()
								+ " entries) at " + checkpoint.createdAt());
			}
			// Otherwise its entry lies in a gap, which the walk reported.
		}
		if (walk.entries == 0 && chainName.isEmpty() && !journal.chains().isEmpty()) {
			found.add(Kind.CUT, 1, 1, "the database holds no audit entries, but " + journal.directory()
					+ " holds checkpoints of an audit log: the log was emptied");
		}
		stale(now, all, walk, last, found);
		chainName.ifPresent((name) -> journal.chains()
			.stream()
			.filter((other) -> !name.startsWith(other))
			.forEach((other) -> found.note("the outside copy also holds checkpoints of another audit log (" + other
					+ "): if this installation never had another, its log was replaced")));
		return new ChainVerification(walk.entries, walk.held, found.breaks(), found.notes);
	}

	/** Each chained checkpoint must name the statement of the one before it. */
	private void linked(List<AuditCheckpoints.Checkpoint> stored, Findings found) {
		String before = null;
		for (AuditCheckpoints.Checkpoint checkpoint : stored) {
			if (checkpoint.previous() != null) {
				String expected = before == null ? AuditCheckpoints.GENESIS : AuditCheckpoints.sha256(before);
				if (!checkpoint.previous().equals(expected)) {
					found.add(Kind.CHECKPOINT, checkpoint.entryId(), checkpoint.entryId(), "checkpoint "
							+ checkpoint.id()
							+ " does not follow the checkpoint before it: checkpoints were removed or inserted");
				}
			}
			before = checkpoint.statement();
		}
	}

	/**
	 * The checkpoints the outside copy holds and the database does not: each is a break,
	 * and each is checked against the entries like the others.
	 */
	private List<AuditCheckpoints.Checkpoint> outsideOnly(String chainName, List<AuditCheckpoints.Checkpoint> stored,
			Findings found) {
		CheckpointJournal.Read read = journal.read(chainName);
		if (read.problem() != null) {
			found.note(read.problem());
		}
		Set<String> inDatabase = new HashSet<>();
		stored.forEach((checkpoint) -> inDatabase.add(checkpoint.statement()));
		Set<String> seen = new HashSet<>();
		List<AuditCheckpoints.Checkpoint> missing = new ArrayList<>();
		for (CheckpointJournal.Copy copy : read.copies()) {
			if (inDatabase.contains(copy.statement()) || !seen.add(copy.statement())) {
				continue;
			}
			Optional<AuditCheckpoints.Checkpoint> parsed = AuditCheckpoints.parse(copy.statement(), copy.signature());
			if (parsed.isEmpty() || !checkpoints.signedByPlatform(parsed.get())) {
				found.note("a line of the outside copy is not a checkpoint signed by the platform; ignored");
				continue;
			}
			AuditCheckpoints.Checkpoint checkpoint = parsed.get();
			found.add(Kind.CHECKPOINT, checkpoint.entryId(), checkpoint.entryId(),
					"the checkpoint of entry " + checkpoint.entryId() + " made at " + checkpoint.createdAt()
							+ " is in the outside copy but not in the database: checkpoints were removed");
			missing.add(checkpoint);
		}
		if (!stored.isEmpty() && read.copies().isEmpty() && read.problem() == null) {
			found.note("the outside copy holds none of the " + stored.size() + " checkpoints (looked in "
					+ journal.fileOf(chainName).map(Object::toString).orElse("no directory: none is configured") + ")");
		}
		return missing;
	}

	/**
	 * The newest checkpoint must be younger than its interval allows: after it, cut
	 * entries leave no trace.
	 */
	private void stale(Instant now, List<AuditCheckpoints.Checkpoint> all, Walk walk, long last, Findings found) {
		if (!checkpoints.signing()) {
			found.note("no checkpoints are made: the platform has no signing certificate yet");
			return;
		}
		Duration allowed = checkpoints.maxAge();
		Optional<AuditCheckpoints.Checkpoint> newest = all.stream()
			.max(java.util.Comparator.comparing(AuditCheckpoints.Checkpoint::createdAt));
		if (newest.isPresent()) {
			if (newest.get().createdAt().plus(allowed).isBefore(now)) {
				long after = newest.get().entryId() + 1;
				found.add(Kind.STALE, after, Math.max(after, last),
						"the newest checkpoint (" + newest.get().createdAt() + ", entry " + newest.get().entryId()
								+ ") is older than " + allowed + " allows: entries after entry "
								+ newest.get().entryId() + " could have been cut unnoticed");
			}
		}
		else if (walk.firstOccurred != null && walk.firstOccurred.plus(allowed).isBefore(now)) {
			found.add(Kind.STALE, 1, Math.max(1, last), "no checkpoint was ever made, though the log is older than "
					+ allowed + ": entries could have been cut unnoticed");
		}
	}

	private static String range(long from, long to) {
		return from == to ? Long.toString(from) : from + "–" + to;
	}

	/** Checks each entry against the one before; every break is kept. */
	private final class Walk {

		private final Findings found;

		long entries;

		/** Signed checkpoints that still hold. */
		long held;

		@Nullable Long lastId;

		@Nullable Instant firstOccurred;

		String expectedPrevious = AuditChain.GENESIS;

		Walk(Findings found) {
			this.found = found;
		}

		void check(AuditEntry entry, String previousHash, String hash) {
			entries++;
			if (firstOccurred == null) {
				firstOccurred = entry.occurredAt();
			}
			boolean linked = previousHash.equals(expectedPrevious);
			long expectedId = lastId == null ? 1 : lastId + 1;
			if (entry.id() > expectedId) {
				if (linked) {
					// The chain links across: no entry was removed (ids taken by
					// transactions
					// that rolled back, before ids were made gap-free).
					found.note("ids " + range(expectedId, entry.id() - 1)
							+ " were skipped; the chain links across them, so no entry is missing there");
				}
				else {
					found.add(Kind.GAP, expectedId, entry.id() - 1, null);
				}
			}
			if (!linked) {
				found.add(Kind.LINK, entry.id(), entry.id(), null);
			}
			if (!chain.hash(previousHash, entry).equals(hash)) {
				found.add(Kind.CHANGED, entry.id(), entry.id(), null);
			}
			expectedPrevious = hash;
			lastId = entry.id();
		}

	}

	/** Breaks in the order found; neighbouring breaks of one kind become one range. */
	private static final class Findings {

		private final List<Break> breaks = new ArrayList<>();

		final List<String> notes = new ArrayList<>();

		void add(Kind kind, long from, long to, @Nullable String reason) {
			if (reason == null && !breaks.isEmpty()) {
				Break last = breaks.get(breaks.size() - 1);
				if (last.kind() == kind && last.reason().isEmpty() && last.to() + 1 == from) {
					breaks.set(breaks.size() - 1, new Break(kind, last.from(), to, ""));
					return;
				}
			}
			breaks.add(new Break(kind, from, to, reason == null ? "" : reason));
		}

		void note(String note) {
			notes.add(note);
		}

		/** With the reasons of ranges written out, ordered by the entries concerned. */
		List<Break> breaks() {
			return breaks.stream()
				.map((each) -> each.reason().isEmpty()
						? new Break(each.kind(), each.from(), each.to(), reason(each.kind(), each.from(), each.to()))
						: each)
				.sorted(java.util.Comparator.comparingLong(Break::from))
				.toList();
		}

		private static String reason(Kind kind, long from, long to) {
			String entries = (from == to ? "entry " : "entries ") + range(from, to);
			return switch (kind) {
				case CHANGED -> entries + ": content does not match the hash: changed";
				case LINK -> entries
						+ ": the link to the entry before does not match: an entry before was removed, inserted or changed";
				case GAP -> entries + " are missing: removed from the middle of the log";
				default -> entries;
			};
		}

	}

}
