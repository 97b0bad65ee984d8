package com.sroworkflow.casefile;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A student's name in the form the search compares: lower case, accents stripped, spaces collapsed, so "José
 * Núñez", "jose nunez" and "JOSE  NUNEZ" are one name. The entities that keep a student's name keep this key
 * next to it (column {@code student_name_key}), and the search asks for a prefix of it.
 */
public final class StudentNames {

  private StudentNames() {}

  public static String key(String name) {
    if (name == null) {
      return null;
    }
    String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O');
    return stripped.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }

  /** The key as a LIKE prefix, its wildcards escaped (with {@code \}). */
  public static String likePrefix(String key) {
    return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
