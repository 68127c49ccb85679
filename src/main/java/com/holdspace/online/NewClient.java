package com.holdspace.online;

import java.time.LocalDate;

/** What a new client tells the clinic when booking online, already checked by the form. */
record NewClient(String name, String email, String phone, LocalDate dateOfBirth) {
}
