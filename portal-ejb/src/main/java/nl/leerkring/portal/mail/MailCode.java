package nl.leerkring.portal.mail;

import nl.leerkring.tenants.Code;

/** Why the mail component refused a request; worded by the web layer. */
public enum MailCode implements Code {
  /** An unsubscribe link the portal never sent. */
  UNSUBSCRIBE_LINK_UNKNOWN
}
