package com.sroworkflow.document;

/** An upload the case does not take: the HTTP status, the problem's type and what to do instead. */
class DocumentRefused extends RuntimeException {

  private final int status;
  private final String type;

  DocumentRefused(int status, String type, String message) {
    super(message);
    this.status = status;
    this.type = type;
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }
}
