package com.holdspace.portal;

import com.holdspace.staff.NewPasswordForm;

/** The password a client chooses from their invitation, typed twice. */
public class AcceptInvitationForm extends NewPasswordForm {

}
