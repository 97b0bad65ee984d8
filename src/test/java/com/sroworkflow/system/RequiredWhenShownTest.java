package com.sroworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A field the form shows only under a condition is required when it is shown, on the server as in the browser,
 * and not required while hidden. The conditions are the forms' own FEEL expressions.
 */
class RequiredWhenShownTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static FormSchema form(String file) throws Exception {
    return FormSchema.parse(JSON.readTree(new File("forms/" + file)));
  }

  private static Map<String, Object> values(Object... pairs) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return values;
  }

  @Test
  void consentDetailsAreRequiredOnceConsentIsGivenAndNotBefore() throws Exception {
    FormSchema consent = form("student-referral-consent.form");
    assertThatCode(() -> FormSubmissionValidator.validate(consent, values("consentDecision", "PENDING")::get))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> FormSubmissionValidator.validate(consent, values("consentDecision", "GIVEN")::get))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("is required");
  }

  @Test
  void aClosingRemarkIsRequiredWhenTheTeamClosesTheCase() throws Exception {
    FormSchema review = form("threat-assessment-review.form");
    Map<String, Object> closing = values("reviewDecision", "CLOSE", "closingOutcome", null, "closingNote", null);
    Map<String, Object> base = baseReviewValues(review, closing);
    assertThatThrownBy(() -> FormSubmissionValidator.validate(review, base::get))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).getField())
            .isIn("closingOutcome", "closingNote"));
  }

  @Test
  void theNomineeIsRequiredOnlyForANomination() throws Exception {
    FormSchema apply = form("sro-selection-apply.form");
    FormSchema.Field nominee = apply.field("nomineeUsername");
    assertThat(nominee.required()).isTrue();
    assertThat(FormConditions.hidden(nominee.hiddenWhen(),
        values("applyingFor", "self")::get)).isTrue();
    assertThat(FormConditions.hidden(nominee.hiddenWhen(),
        values("applyingFor", "nominee")::get)).isFalse();
  }

  @Test
  void listConditionsAndMissingValuesEvaluateAsTasklistDoes() throws Exception {
    FormSchema transientForm = form("threat-assessment-resolve-transient.form");
    FormSchema.Field toldWhom = transientForm.field("toldWhom");
    assertThat(FormConditions.hidden(toldWhom.hiddenWhen(),
        values("resolutionSteps", List.of("APOLOGY"))::get)).isTrue();
    assertThat(FormConditions.hidden(toldWhom.hiddenWhen(),
        values("resolutionSteps", List.of("APOLOGY", "PARENT_CONTACT"))::get)).isFalse();
    FormSchema report = form("threat-assessment-report.form");
    assertThat(FormConditions.hidden(report.field("weaponDetails").hiddenWhen(),
        values()::get)).as("no weapon answer yet: hidden").isTrue();
    assertThat(FormConditions.hidden(report.field("weaponDetails").hiddenWhen(),
        values("weapon", "SEEN")::get)).isFalse();
  }

  /** Values for every unconditional required field of the review form, so only the closing fields are missing. */
  private static Map<String, Object> baseReviewValues(FormSchema review, Map<String, Object> given) {
    Map<String, Object> values = new HashMap<>(given);
    for (FormSchema.Field f : review.fields()) {
      if (f.required() && !f.conditional() && !values.containsKey(f.key())) {
        values.put(f.key(), sample(f));
      }
    }
    return values;
  }

  private static Object sample(FormSchema.Field f) {
    return switch (f.type()) {
      case "checkbox" -> true;
      case "number" -> f.min() == null ? 1 : f.min();
      case "select", "radio" -> f.allowedValues().isEmpty() ? "x" : f.allowedValues().iterator().next();
      case "datetime" -> "2026-12-03";
      default -> "Reviewed with the team.";
    };
  }
}
