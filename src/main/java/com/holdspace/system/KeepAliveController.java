package com.holdspace.system;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Anyone signed in (see SecurityConfig): "stay signed in" on the warning shown before an idle
 * sign-in ends. Reaching it is the point; the session's last access is now.
 */
@RestController
class KeepAliveController {

	@PostMapping("/session/keep-alive")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}

}
