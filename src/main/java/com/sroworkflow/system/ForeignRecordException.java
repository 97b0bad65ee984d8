package com.sroworkflow.system;

/**
 * A step was handed a record id (in a process variable) that this case never created or found for
 * itself, or that belongs to another school: the step refuses and does nothing. It names the
 * variable, so a person completing a task gets a 400 naming it and a job's incident says which id.
 */
public class ForeignRecordException extends InvalidInputException {

  public ForeignRecordException(String variable, String message) {
    super(variable, message);
  }
}
