package org.opencme.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A professional licence of an account: a state (two letters) and the licence
 * number.
 */
@Entity
@Table(name = "licence")
public class Licence {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_seq")
	@SequenceGenerator(name = "licence_seq", sequenceName = "licence_seq", allocationSize = 50)
	private Long id;

	@Column(name = "licence_state", nullable = false, length = 2)
	private String state;

	@Column(name = "licence_number", nullable = false, length = 40)
	private String number;

	@Column(name = "position_no", nullable = false)
	private int position;

	protected Licence() {
	}

	Licence(String state, String number, int position) {
		this.state = state.trim().toUpperCase();
		this.number = number.trim();
		this.position = position;
	}

	public Long id() {
		return id;
	}

	public String state() {
		return state;
	}

	public String number() {
		return number;
	}
}
