package ua.cnap.planner.config;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import ua.cnap.planner.web.JsonBodyLimitFilter;

/**
 * The web API speaks JSON only: the XML converter that Spring Boot adds because jackson-dataformat-xml
 * comes with a dependency is removed (an XML body then gets 415), and JSON bodies are limited in size
 * ({@link JsonBodyLimitFilter}, before security so that an oversized body is refused unread).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(c -> c instanceof MappingJackson2XmlHttpMessageConverter);
    }

    @Bean
    FilterRegistrationBean<JsonBodyLimitFilter> jsonBodyLimitFilter() {
        FilterRegistrationBean<JsonBodyLimitFilter> registration = new FilterRegistrationBean<>(new JsonBodyLimitFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
