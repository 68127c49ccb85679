package com.holdspace.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpSession;

import com.holdspace.shared.ClinicTime;

/**
 * Anyone signed in (see SecurityConfig): "stay signed in" on the warning shown before an idle
 * sign-in ends. Reaching it is the point; the session's last access is written now (SessionTouches).
 */
@RestController
class KeepAliveController {

	private final ClinicTime time;

	KeepAliveController(ClinicTime time) {
		this.time = time;
	}

	@PostMapping("/session/keep-alive")
	ResponseEntity<Void> keepAlive(HttpSession session) {
		SessionTouches.touch(session, this.time.clock().instant());
		return ResponseEntity.noContent().build();
	}

}
