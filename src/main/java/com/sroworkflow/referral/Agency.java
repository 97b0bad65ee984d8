package com.sroworkflow.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A community agency students and families can be referred to (mental health clinics, drug
 * treatment centres, family services, youth programs). Its id is a short, stable slug so that REST
 * callers and calling processes can name it. An agency that no longer takes referrals is marked
 * inactive rather than deleted: old referrals keep pointing at it, new ones cannot choose it.
 */
@Entity
@Table(name = "agency")
public class Agency {

  @Id
  @Column(length = 40)
  private String id;

  @Column(nullable = false, length = 160)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "service_type", nullable = false, length = 24)
  private ServiceType serviceType;

  @Column(name = "contact_name", length = 120)
  private String contactName;

  @Column(length = 40)
  private String phone;

  @Column(length = 254)
  private String email;

  @Column(nullable = false)
  private boolean active = true;

  protected Agency() {}

  public Agency(String id, String name, ServiceType serviceType, String contactName, String phone, String email) {
    this.id = id;
    this.name = name;
    this.serviceType = serviceType;
    this.contactName = contactName;
    this.phone = phone;
    this.email = email;
  }

  /** Name, phone and mail address in one line, for forms and mails. */
  public String contact() {
    StringBuilder s = new StringBuilder();
    for (String part : new String[] {contactName, phone, email}) {
      if (part != null && !part.isBlank()) {
        s.append(s.isEmpty() ? "" : ", ").append(part);
      }
    }
    return s.toString();
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public ServiceType getServiceType() {
    return serviceType;
  }

  public String getContactName() {
    return contactName;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public boolean isActive() {
    return active;
  }
}
