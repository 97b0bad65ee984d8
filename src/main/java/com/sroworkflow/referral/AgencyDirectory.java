package com.sroworkflow.referral;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sroworkflow.system.InvalidInputException;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The community agencies an SRO can refer to. */
@Service("agencyDirectory")
public class AgencyDirectory {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AgencyRepository agencies;

  public AgencyDirectory(AgencyRepository agencies) {
    this.agencies = agencies;
  }

  /** Adds an agency to the directory; adding one that is there already changes nothing. */
  @Transactional
  public Agency register(Agency agency) {
    return agencies.findById(agency.getId()).orElseGet(() -> agencies.save(agency));
  }

  /** The active agency with this id, or a refusal that names the field the id came from. */
  public Agency require(String field, Object id) {
    if (!(id instanceof String s) || s.isBlank()) {
      throw InvalidInputException.of(field, "referral.agency-required-give-id");
    }
    return agencies.findById(s).filter(Agency::isActive)
        .orElseThrow(() -> InvalidInputException.of(field, "referral.agency-agency-directory", abbreviate(s)));
  }

  /**
   * The directory as the options of a Camunda Form select ({@code valuesKey}): every active agency,
   * labelled with its service type and contact so the SRO can choose without looking elsewhere.
   */
  public JsonValue options() {
    ArrayNode options = JSON.createArrayNode();
    for (Agency a : agencies.findByActiveTrueOrderByServiceTypeAscNameAsc()) {
      String contact = a.contact();
      options.addObject()
          .put("value", a.getId())
          .put("label", a.getServiceType().label() + ": " + a.getName() + (contact.isEmpty() ? "" : " (" + contact + ")"));
    }
    return SpinValues.jsonValue(options.toString()).create();
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
