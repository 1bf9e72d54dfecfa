package com.weeklyreview.widgets;

import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.rules.Finding;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string of the plugin in Chinese (zh_CN) and English, chosen by the
 * viewer's locale: Chinese for any {@code zh} locale, English otherwise.
 */
public final class Labels {

    /** The bundle's base name; {@code messages.properties} is English, {@code messages_zh_CN.properties} Chinese. */
    public static final String BUNDLE = "com.weeklyreview.widgets.messages";

    private static final ResourceBundle.Control NO_FALLBACK = new Merged();

    private final Locale locale;
    private final ResourceBundle bundle;

    private Labels(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Labels.class.getClassLoader(), NO_FALLBACK);
    }

    /** Returns the labels for a viewer's locale. */
    public static Labels of(Locale viewer) {
        boolean chinese = viewer != null && "zh".equals(viewer.getLanguage());
        return new Labels(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
    }

    /** Returns the locale the labels are in: {@code zh_CN} or the root (English). */
    public Locale locale() {
        return locale;
    }

    /** Returns the label of a key, formatted with arguments; a missing key is returned as {@code ??key??}. */
    public String get(String key, Object... args) {
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
    }

    /** Returns true when the bundle has the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * Loads each language's bundle from every {@code messages*.properties} of that name on the class
     * path, merged (a key of an earlier file wins): a widget added in another jar or in test sources
     * brings its own entries without replacing the product's. No fallback to the JVM's locale.
     */
    private static final class Merged extends ResourceBundle.Control {

        @Override
        public java.util.List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader, boolean reload)
                throws java.io.IOException {
            String resource = toResourceName(toBundleName(baseName, locale), "properties");
            java.util.Map<String, Object> merged = new java.util.HashMap<>();
            boolean found = false;
            for (java.util.Enumeration<java.net.URL> urls = loader.getResources(resource); urls.hasMoreElements(); ) {
                java.net.URLConnection connection = urls.nextElement().openConnection();
                connection.setUseCaches(!reload);
                try (java.io.InputStream in = connection.getInputStream()) {
                    ResourceBundle file = new java.util.PropertyResourceBundle(in);
                    for (String key : file.keySet()) {
                        merged.putIfAbsent(key, file.getObject(key));
                    }
                }
                found = true;
            }
            if (!found) {
                return null;
            }
            return new ResourceBundle() {
                @Override
                protected Object handleGetObject(String key) {
                    return merged.get(key);
                }

                @Override
                public java.util.Enumeration<String> getKeys() {
                    java.util.Set<String> keys = new java.util.HashSet<>(merged.keySet());
                    if (parent != null) {
                        keys.addAll(parent.keySet());
                    }
                    return java.util.Collections.enumeration(keys);
                }

                @Override
                protected java.util.Set<String> handleKeySet() {
                    return merged.keySet();
                }
            };
        }
    }

    /** Returns a violation's message in this language. */
    public String violation(Violation v) {
        String prefix = switch (v.code()) {
            case TYPE -> "type.";
            case FORMAT -> "format.";
            default -> null;
        };
        Object[] args = v.args().stream()
                .map(a -> prefix != null && has(prefix + a) ? get(prefix + a) : a)
                .toArray();
        return get("violation." + v.code().name(), args);
    }

    /**
     * Returns a finding's message in this language, with its amounts as money, the lateness as days
     * and hours and the deadline as a date and time of the viewer's locale (core hands them over as
     * plain values, the wire form of the API).
     */
    public String finding(Finding f) {
        Formats formats = new Formats(locale);
        Object[] args = f.args().toArray();
        try {
            switch (f.code()) {
                case GAP_NOT_ATTRIBUTED, PLAN_SPLIT_MISMATCH, OVERDUE_EXCEEDS_PLAN, NEGATIVE_VALUE -> {
                    for (int i = 0; i < args.length; i++) {
                        args[i] = formats.money(new java.math.BigDecimal(args[i].toString()));
                    }
                }
                case LATE_SUBMISSION -> {
                    java.time.Duration late = java.time.Duration.parse(args[0].toString());
                    args[0] = late.toDays() > 0 ? get("lead.sinceDays", late.toDays(), late.toHoursPart())
                            : late.toHours() > 0 ? get("lead.sinceHours", late.toHours())
                            : get("finding.minutes", Math.max(1, late.toMinutes()));
                    args[1] = formats.dateTime(java.time.OffsetDateTime.parse(args[1].toString()).toLocalDateTime());
                }
                default -> {
                    // counts and names are shown as they are
                }
            }
        } catch (RuntimeException unreadable) {
            args = f.args().toArray();
        }
        return get("finding." + f.code().name(), args);
    }
}
