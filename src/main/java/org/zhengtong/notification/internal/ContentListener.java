package org.zhengtong.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengtong.content.ArticleReturned;
import org.zhengtong.identity.AccountContacts;

/** Who hears what happens at the publishing desk: the writer of a returned article. */
@Component
class ContentListener {

	private final AccountContacts contacts;

	private final Notifier notifier;

	ContentListener(AccountContacts contacts, Notifier notifier) {
		this.contacts = contacts;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(ArticleReturned returned) {
		contacts.byUsername(returned.drafter())
			.ifPresent((writer) -> notifier.tell(writer.id(),
					new Notice(NotificationType.ARTICLE_RETURNED,
							"article-returned:" + returned.revisionId() + ":"
									+ EventKeys.digest(returned.reviewer(), returned.comment()),
							new Object[] { returned.title(), returned.reviewer(), returned.comment() },
							"/workbench/articles/revisions/" + returned.revisionId())));
	}

}
