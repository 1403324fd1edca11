package org.zhengtong.files;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * A file's type as people name it (PDF 文档, Word 文档, JPEG 图片), never its media type
 * ({@code application/pdf}): {@code files.type.<media type>}, else the kind of its main
 * type (图片, 文本文件…), else 其他文件. Templates call {@code ${@fileTypes.name(type)}}.
 */
@Component("fileTypes")
public class FileTypes {

	private final MessageSource messages;

	FileTypes(MessageSource messages) {
		this.messages = messages;
	}

	/** The type's name in the language of the current request. */
	public String name(String mediaType) {
		return name(mediaType, LocaleContextHolder.getLocale());
	}

	public String name(String mediaType, Locale locale) {
		return messages.getMessage(of(mediaType), locale);
	}

	/**
	 * The type's name as a message to resolve later, in the reader's language (for
	 * refusals and flash messages).
	 */
	public static MessageSourceResolvable of(String mediaType) {
		String type = mediaType.toLowerCase(Locale.ROOT).strip();
		int semicolon = type.indexOf(';');
		if (semicolon >= 0) {
			type = type.substring(0, semicolon).strip();
		}
		int slash = type.indexOf('/');
		String main = slash > 0 ? type.substring(0, slash) : type;
		return new DefaultMessageSourceResolvable(
				new String[] { "files.type." + type, "files.type." + main, "files.type.other" });
	}

}
