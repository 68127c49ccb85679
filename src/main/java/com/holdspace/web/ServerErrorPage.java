package com.holdspace.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The page the servlet container itself sends when a request never reaches Holdspace (an address
 * it refuses to normalise, a header too large): Holdspace's words and stylesheet under a policy that
 * allows nothing else, instead of the container's report with its inline styles and server name.
 */
@Component
class ServerErrorPage implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	static final String POLICY = "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
			+ "form-action 'none'";

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			StandardHost host = (StandardHost) context.getParent();
			Pipeline pipeline = host.getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			// the host adds its own report valve on start unless one of this class is there
			host.setErrorReportValveClass(PlainErrorValve.class.getName());
			pipeline.addValve(new PlainErrorValve());
		});
	}

	/** After the container's own customizations, so that this valve is the only report. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	public static class PlainErrorValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
				return;
			}
			boolean badRequest = status < 500;
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.setHeader("Content-Security-Policy", POLICY);
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("Referrer-Policy", "same-origin");
				response.setHeader("Cache-Control", "no-store");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
							+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
							+ "<title>Holdspace</title><link rel=\"stylesheet\" href=\"/css/holdspace.css\"></head>"
							+ "<body><main class=\"main\"><section class=\"card card-narrow error-page\"><h1>"
							+ (badRequest ? "Holdspace could not read this" : "Something went wrong") + "</h1><p>"
							+ (badRequest ? "The address or what was sent with it is not in a form Holdspace accepts. "
									+ "Nothing was saved from it."
									: "Holdspace could not finish this. Please try again.")
							+ "</p><a class=\"button button-primary\" href=\"/\">Go to the start page</a>"
							+ "</section></main></body></html>");
					writer.flush();
				}
			}
			catch (IOException | IllegalStateException ignored) {
				// the client has gone: nothing more to send
			}
		}

	}

}
