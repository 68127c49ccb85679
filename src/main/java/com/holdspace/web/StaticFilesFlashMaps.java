package com.holdspace.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Messages carried across a redirect ("Saved.") live in the session; a stylesheet or a script
 * never shows one, so asking for it does not load the session from the database (and then write
 * it back) just to look.
 */
@Component(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
class StaticFilesFlashMaps extends SessionFlashMapManager {

	@Override
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		return StaticFiles.isStatic(request) ? null : super.retrieveFlashMaps(request);
	}

}
