package org.opencme.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named application setting (for example that the demo data was loaded). */
@Entity
@Table(name = "app_setting")
public class AppSetting {

	@Id
	private String name;

	@Column(name = "setting_value", nullable = false)
	private String value;

	protected AppSetting() {
	}

	public AppSetting(String name, String value) {
		this.name = name;
		this.value = value;
	}

	public String name() {
		return name;
	}

	public String value() {
		return value;
	}

	public void change(String newValue) {
		this.value = newValue;
	}
}
